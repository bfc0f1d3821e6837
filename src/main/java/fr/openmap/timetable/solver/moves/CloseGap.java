package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;

import java.util.ArrayList;
import java.util.BitSet;
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
            if (!idleSlots(index, meetings).isEmpty()) {
                gapped.add(meetings);
            }
        }
        if (gapped.isEmpty()) {
            return null;
        }
        List<MeetingAssignment> meetings = gapped.get(random.nextInt(gapped.size()));
        List<Slot> idleSlots = idleSlots(index, meetings);
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

    /** The slots holding none of these meetings between two of them in one session. */
    private static List<Slot> idleSlots(MoveIndex index, List<MeetingAssignment> meetings) {
        List<Slot> slots = index.slots();
        BitSet occupied = new BitSet(slots.size());
        for (MeetingAssignment meeting : meetings) {
            if (meeting.getSlot() != null) {
                occupied.set(meeting.getSlot().index());
            }
        }
        List<Slot> idle = new ArrayList<>(0);
        int previous = -1;
        for (int at = occupied.nextSetBit(0); at >= 0; at = occupied.nextSetBit(at + 1)) {
            if (previous >= 0 && slots.get(previous).session() == slots.get(at).session()) {
                idle.addAll(slots.subList(previous + 1, at));
            }
            previous = at;
        }
        return idle;
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
