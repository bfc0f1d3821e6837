package fr.openmap.pitch;

import fr.openmap.pitch.ReviewAssignment.Candidate;
import fr.openmap.pitch.ReviewAssignment.Pair;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reviews which application: everyone, or N members each with loads that differ by one at most. */
class ReviewAssignmentTest {

    static final List<Long> MEMBERS = List.of(1L, 2L, 3L, 4L, 5L);
    static final List<Candidate> TWELVE = LongStream.rangeClosed(101, 112).mapToObj(a -> new Candidate(a, a + 1000)).toList();

    static Map<Long, Long> loads(Map<Long, Set<Long>> assignment) {
        return assignment.values().stream().flatMap(Collection::stream)
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
    }

    @Test
    void everyoneReviewsEverythingButWhatTheyDeclaredAConflictWith() {
        Map<Long, Set<Long>> assignment = ReviewAssignment.assign(MEMBERS, TWELVE, Set.of(new Pair(3, 1105)), Set.of(), null);
        assertEquals(Set.of(1L, 2L, 4L, 5L), assignment.get(105L));
        assertEquals(Set.copyOf(MEMBERS), assignment.get(106L));
        assertEquals(Map.of(1L, 12L, 2L, 12L, 3L, 11L, 4L, 12L, 5L, 12L), loads(assignment));
    }

    @Test
    void twoReviewersPerApplicationAreSharedOutEvenly() {
        Map<Long, Set<Long>> assignment = ReviewAssignment.assign(MEMBERS, TWELVE, Set.of(), Set.of(), 2);
        assignment.values().forEach(members -> assertEquals(2, members.size()));
        Map<Long, Long> loads = loads(assignment);
        assertEquals(24, loads.values().stream().mapToLong(l -> l).sum());
        // 24 reviews among 5 members: four members get 5 and one gets 4
        assertEquals(List.of(4L, 5L, 5L, 5L, 5L), loads.values().stream().sorted().toList());
    }

    @Test
    void conflictsAndReviewsAlreadyWrittenKeepTheBalance() {
        // member 1 conflicts with the first four structures; member 2 already reviewed application 112
        Set<Pair> conflicts = Set.of(new Pair(1, 1101), new Pair(1, 1102), new Pair(1, 1103), new Pair(1, 1104));
        Map<Long, Set<Long>> assignment = ReviewAssignment.assign(MEMBERS, TWELVE, conflicts, Set.of(new Pair(2, 112)), 2);
        assignment.values().forEach(members -> assertEquals(2, members.size()));
        for (long a = 101; a <= 104; a++) {
            assertFalse(assignment.get(a).contains(1L), "member 1 never gets a structure they conflict with");
        }
        assertTrue(assignment.get(112L).contains(2L), "a review already written stays assigned");
        Map<Long, Long> loads = loads(assignment);
        long max = loads.values().stream().mapToLong(l -> l).max().orElseThrow();
        long min = loads.values().stream().mapToLong(l -> l).min().orElseThrow();
        assertTrue(max - min <= 1, "loads " + loads);
    }

    @Test
    void moreReviewersPerApplicationThanMembersMeansEveryone() {
        Map<Long, Set<Long>> assignment = ReviewAssignment.assign(List.of(1L, 2L), TWELVE.subList(0, 2), Set.of(), Set.of(), 3);
        assertEquals(Set.of(1L, 2L), assignment.get(101L));
    }
}
