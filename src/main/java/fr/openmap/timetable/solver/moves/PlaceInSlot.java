package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.List;
import java.util.Random;

/** A meeting takes one of its candidate slots; the buyer's meeting there, if any, takes its old slot. */
final class PlaceInSlot implements MoveKind {

    @Override
    public Proposal propose(MoveIndex index, MeetingAssignment meeting, Random random) {
        List<Slot> range = meeting.getCandidateSlots();
        Slot target = range.get(random.nextInt(range.size()));
        Slot old = meeting.getSlot();
        if (target.equals(old)) {
            return null;
        }
        Proposal proposal = new Proposal("place");
        proposal.set(meeting, target);
        if (old != null) {
            for (MeetingAssignment other : index.of(meeting.getBuyer())) {
                if (other != meeting && target.equals(other.getSlot()) && !other.isPinned() && other.canTake(old)) {
                    proposal.set(other, old);
                    break;
                }
            }
        }
        return proposal;
    }
}
