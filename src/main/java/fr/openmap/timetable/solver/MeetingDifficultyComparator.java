package fr.openmap.timetable.solver;

import java.util.Comparator;

/**
 * Construction order (most difficult last in this comparator, so first to be placed): heavy
 * pairs first, then pairs of structures with few options, then pairs with few free slots.
 */
public class MeetingDifficultyComparator implements Comparator<MeetingAssignment> {

    private static final Comparator<MeetingAssignment> ORDER = Comparator
            .comparingInt(MeetingAssignment::getWeight)
            .thenComparing(m -> m.getStructure().getCandidatePairCount(), Comparator.reverseOrder())
            .thenComparing(m -> m.getCandidateSlots().size(), Comparator.reverseOrder())
            .thenComparing(MeetingAssignment::getId, Comparator.reverseOrder());

    @Override
    public int compare(MeetingAssignment a, MeetingAssignment b) {
        return ORDER.compare(a, b);
    }
}
