package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.TimetableSolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The working solution's meetings grouped the way the moves look them up: by buyer, by structure, the movable ones. */
final class MoveIndex {

    private final TimetableSolution solution;
    private final int size;
    private final List<MeetingAssignment> movable = new ArrayList<>();
    private final List<Slot> slots;
    // Insertion-ordered, so that gap moves (drawn from participants) repeat with the random seed.
    private final Map<PlannedBuyer, List<MeetingAssignment>> byBuyer = new LinkedHashMap<>();
    private final Map<PlannedStructure, List<MeetingAssignment>> byStructure = new LinkedHashMap<>();
    /** Every participant's meetings: the buyers' lists, then the structures'. */
    private final List<List<MeetingAssignment>> participants;

    MoveIndex(TimetableSolution solution) {
        this.solution = solution;
        this.size = solution.getMeetings().size();
        this.slots = solution.getSlots();
        for (MeetingAssignment meeting : solution.getMeetings()) {
            byBuyer.computeIfAbsent(meeting.getBuyer(), b -> new ArrayList<>()).add(meeting);
            byStructure.computeIfAbsent(meeting.getStructure(), s -> new ArrayList<>()).add(meeting);
            if (!meeting.isPinned() && !meeting.getCandidateSlots().isEmpty()) {
                movable.add(meeting);
            }
        }
        participants = new ArrayList<>(byBuyer.values());
        participants.addAll(byStructure.values());
    }

    /** Whether this index still describes that working solution (the same one, with as many meetings). */
    boolean covers(TimetableSolution other) {
        return other == solution && other.getMeetings().size() == size;
    }

    /** The meetings a move may draw: not pinned, with at least one candidate slot. */
    List<MeetingAssignment> movable() {
        return movable;
    }

    List<Slot> slots() {
        return slots;
    }

    List<List<MeetingAssignment>> participants() {
        return participants;
    }

    List<MeetingAssignment> of(PlannedBuyer buyer) {
        return byBuyer.get(buyer);
    }

    List<MeetingAssignment> of(PlannedStructure structure) {
        return byStructure.get(structure);
    }
}
