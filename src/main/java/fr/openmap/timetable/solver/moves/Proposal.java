package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A set of slot changes under construction (null: the pair no longer meets), in the order they were set. */
final class Proposal {

    private final String type;
    private final Map<MeetingAssignment, Slot> changes = new LinkedHashMap<>();

    /** @param type the move's name in the solver's move statistics */
    Proposal(String type) {
        this.type = type;
    }

    void set(MeetingAssignment meeting, Slot slot) {
        changes.put(meeting, slot);
    }

    boolean changes(MeetingAssignment meeting) {
        return changes.containsKey(meeting);
    }

    /** The proposed slot of a changed meeting (null for a changed meeting that loses its slot). */
    Slot newSlot(MeetingAssignment meeting) {
        return changes.get(meeting);
    }

    /** The slot the meeting would have: the proposed one if it changes, else its current one. */
    Slot slotOf(MeetingAssignment meeting) {
        return changes.containsKey(meeting) ? changes.get(meeting) : meeting.getSlot();
    }

    /** A copy of the changed meetings, so that the caller may add changes while going through them. */
    List<MeetingAssignment> changedMeetings() {
        return new ArrayList<>(changes.keySet());
    }

    SlotChangesMove toMove() {
        MeetingAssignment[] meetings = changes.keySet().toArray(new MeetingAssignment[0]);
        Slot[] slots = new Slot[meetings.length];
        for (int i = 0; i < meetings.length; i++) {
            slots[i] = changes.get(meetings[i]);
        }
        return new SlotChangesMove(type, meetings, slots);
    }
}
