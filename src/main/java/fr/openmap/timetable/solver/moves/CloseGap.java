package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.IdleGaps;
import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Picks a participant with an idle slot between two of their meetings in a session and moves their first or
 * last meeting of that session into it, as a kempe chain so the other side's plans stay whole. Random meetings
 * rarely hit the few idle slots left late in the search.
 */
final class CloseGap implements MoveKind {

    private final KempeChain kempeChain;

    CloseGap(KempeChain kempeChain) {
        this.kempeChain = kempeChain;
    }

    /** Ignores the drawn meeting: the move starts from a participant with an idle slot. */
    @Override
    public Proposal propose(MoveIndex index, MeetingAssignment drawn, Random random) {
        return propose(index, random);
    }

    Proposal propose(MoveIndex index, Random random) {
        List<List<MeetingAssignment>> gapped = new ArrayList<>();
        for (List<MeetingAssignment> meetings : index.participants()) {
            if (!IdleGaps.of(index.slots(), meetings).isEmpty()) {
                gapped.add(meetings);
            }
        }
        if (gapped.isEmpty()) {
            return null;
        }
        List<MeetingAssignment> meetings = gapped.get(random.nextInt(gapped.size()));
        List<Slot> idleSlots = IdleGaps.of(index.slots(), meetings);
        Slot idle = idleSlots.get(random.nextInt(idleSlots.size()));
        MeetingAssignment first = null;
        MeetingAssignment last = null;
        for (MeetingAssignment meeting : meetings) {
            Slot slot = meeting.getSlot();
            if (slot == null || slot.session() != idle.session() || meeting.isPinned() || !meeting.canTake(idle)) {
                continue;
            }
            if (first == null || slot.index() < first.getSlot().index()) {
                first = meeting;
            }
            if (last == null || slot.index() > last.getSlot().index()) {
                last = meeting;
            }
        }
        MeetingAssignment edge = random.nextBoolean() && first != null ? first : last;
        if (edge == null || !isEdge(meetings, edge)) {
            return null;
        }
        return kempeChain.chain(index, edge, idle, "closeGap");
    }

    /** Whether no other of these meetings lies beyond this one in its session (it starts or ends the run). */
    private static boolean isEdge(List<MeetingAssignment> meetings, MeetingAssignment edge) {
        Slot at = edge.getSlot();
        boolean before = false;
        boolean after = false;
        for (MeetingAssignment meeting : meetings) {
            Slot slot = meeting.getSlot();
            if (meeting != edge && slot != null && slot.session() == at.session()) {
                before |= slot.index() < at.index();
                after |= slot.index() > at.index();
            }
        }
        return !(before && after);
    }
}
