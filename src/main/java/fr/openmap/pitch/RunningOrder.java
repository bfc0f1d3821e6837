package fr.openmap.pitch;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pitch running order, apart from persistence: the event's PITCHES item is cut into equal shares, one
 * per pitch place (more if more structures are selected); each selected structure keeps its place, so a
 * withdrawal leaves the others' times unchanged and the promoted structure takes the freed place.
 * Times are floored to the minute: 45 minutes for 6 places gives 10:15, 10:22, 10:30, 10:37…
 */
public final class RunningOrder {

    private RunningOrder() {
    }

    /** A selected structure, with its stored place if it has one. */
    public record Pitcher(String structureRef, String name, Integer place, Integer rank) {
    }

    /** One pitch: its place (1 = first) and, when the event has a PITCHES item, its time. */
    public record Pitch(int order, String structureRef, String name, LocalTime start, LocalTime end) {
    }

    public static List<Pitch> of(List<Pitcher> pitchers, int places, LocalTime itemStart, LocalTime itemEnd) {
        List<Pitcher> placed = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (Pitcher p : pitchers) {
            if (p.place() != null && taken.add(p.place())) {
                placed.add(p);
            }
        }
        List<Pitcher> unplaced = pitchers.stream().filter(p -> !placed.contains(p))
                .sorted(Comparator.comparing((Pitcher p) -> p.rank() == null ? Integer.MAX_VALUE : p.rank())
                        .thenComparing(Pitcher::structureRef))
                .toList();
        for (Pitcher p : unplaced) {
            int free = lowestFree(taken);
            taken.add(free);
            placed.add(new Pitcher(p.structureRef(), p.name(), free, p.rank()));
        }
        int shares = Math.max(Math.max(places, pitchers.size()), taken.stream().mapToInt(i -> i).max().orElse(0));
        long minutes = itemStart == null || itemEnd == null ? 0 : ChronoUnit.MINUTES.between(itemStart, itemEnd);
        return placed.stream().sorted(Comparator.comparing(Pitcher::place))
                .map(p -> new Pitch(p.place(), p.structureRef(), p.name(),
                        itemStart == null ? null : itemStart.plusMinutes(minutes * (p.place() - 1) / shares),
                        itemStart == null ? null : itemStart.plusMinutes(minutes * p.place() / shares)))
                .toList();
    }

    /** The first place (from 1) nobody holds. */
    public static int lowestFree(Set<Integer> taken) {
        int place = 1;
        while (taken.contains(place)) {
            place++;
        }
        return place;
    }
}
