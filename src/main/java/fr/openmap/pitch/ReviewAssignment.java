package fr.openmap.pitch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who reviews which application, apart from persistence. Everyone reviews everything, or each application
 * gets {@code perApplication} members: first those who already reviewed it (their work stays assigned), then
 * the members with the fewest applications so far (then the earliest added), so loads differ by one at most
 * when nothing else forbids it; the applications fewest members may review are served first. A member never
 * reviews a structure they declared a conflict with. (Greedy, not an exact balance in every case of conflicts.)
 */
public final class ReviewAssignment {

    private ReviewAssignment() {
    }

    /** A pair of ids: a member and an application, or a member and a structure. */
    public record Pair(long member, long other) {
    }

    /** One application to share out: its id and its structure's. */
    public record Candidate(long application, long structure) {
    }

    /**
     * @param members        the members' ids, in the order ties of load are settled (earliest added first)
     * @param candidates     the applications, in the order they are shared out
     * @param conflicts      (member, structure) pairs declared
     * @param reviewed       (member, application) pairs already reviewed
     * @param perApplication members per application; null: everyone
     * @return each application's members, by application id
     */
    public static Map<Long, Set<Long>> assign(List<Long> members, List<Candidate> candidates, Set<Pair> conflicts,
                                              Set<Pair> reviewed, Integer perApplication) {
        Map<Long, Integer> load = new HashMap<>();
        members.forEach(m -> load.put(m, 0));
        Map<Long, List<Long>> eligible = new HashMap<>();
        Map<Long, Set<Long>> chosen = new HashMap<>();
        for (Candidate candidate : candidates) {
            List<Long> free = members.stream().filter(m -> !conflicts.contains(new Pair(m, candidate.structure()))).toList();
            eligible.put(candidate.application(), free);
            Set<Long> kept = new LinkedHashSet<>();
            // everyone, or first those who already reviewed it: their work stays theirs
            free.stream().filter(m -> perApplication == null || reviewed.contains(new Pair(m, candidate.application())))
                    .forEach(kept::add);
            kept.forEach(m -> load.merge(m, 1, Integer::sum));
            chosen.put(candidate.application(), kept);
        }
        if (perApplication != null) {
            // the applications with the fewest members free to review them are served first
            List<Candidate> order = new ArrayList<>(candidates);
            order.sort(Comparator.comparing((Candidate c) -> eligible.get(c.application()).size()));
            for (Candidate candidate : order) {
                Set<Long> members0 = chosen.get(candidate.application());
                List<Long> others = new ArrayList<>(eligible.get(candidate.application()).stream()
                        .filter(m -> !members0.contains(m)).toList());
                others.sort(Comparator.comparing((Long m) -> load.get(m)).thenComparing(members::indexOf));
                for (Long m : others) {
                    if (members0.size() >= perApplication) {
                        break;
                    }
                    members0.add(m);
                    load.merge(m, 1, Integer::sum);
                }
            }
        }
        Map<Long, Set<Long>> assigned = new LinkedHashMap<>();
        candidates.forEach(c -> assigned.put(c.application(), chosen.get(c.application())));
        return assigned;
    }
}
