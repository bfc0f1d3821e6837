package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/** Two meetings of the same buyer, or of the same structure, exchange their slots. */
final class SwapSlots implements MoveKind {

    @Override
    public Proposal propose(MoveIndex index, MeetingAssignment meeting, Random random) {
        List<MeetingAssignment> related = random.nextBoolean()
                ? index.of(meeting.getBuyer()) : index.of(meeting.getStructure());
        MeetingAssignment other = related.get(random.nextInt(related.size()));
        if (other == meeting || other.isPinned() || Objects.equals(other.getSlot(), meeting.getSlot())
                || !meeting.canTake(other.getSlot()) || !other.canTake(meeting.getSlot())) {
            return null;
        }
        Proposal proposal = new Proposal("swap");
        Slot mine = meeting.getSlot();
        proposal.set(meeting, other.getSlot());
        proposal.set(other, mine);
        return proposal;
    }
}
