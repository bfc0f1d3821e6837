package fr.openmap.timetable.solver.moves;

import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.Random;

/** One kind of compound move: the slot changes it proposes around a drawn meeting, before repair. */
interface MoveKind {

    /**
     * @param drawn a movable meeting drawn at random (a kind that picks its own meetings ignores it)
     * @return the proposed changes, or null when this kind has nothing to offer for that meeting
     */
    Proposal propose(MoveIndex index, MeetingAssignment drawn, Random random);
}
