package fr.openmap.timetable.solver.moves;

import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.Random;

/** A meeting loses its slot: the pair no longer meets, which frees the slot for others. */
final class DropMeeting implements MoveKind {

    @Override
    public Proposal propose(MoveIndex index, MeetingAssignment meeting, Random random) {
        Proposal proposal = new Proposal("drop");
        proposal.set(meeting, null);
        return proposal;
    }
}
