package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.PinSource;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.TimetableSolution;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static fr.openmap.timetable.solver.Fixtures.SLOTS;
import static fr.openmap.timetable.solver.Fixtures.buyer;
import static fr.openmap.timetable.solver.Fixtures.meeting;
import static fr.openmap.timetable.solver.Fixtures.slot;
import static fr.openmap.timetable.solver.Fixtures.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gap move brings a participant's first or last meeting into their idle slot without breaking a hard rule. */
class CloseGapMoveTest {

    @Test
    void aBuyersIdleSlotIsFilledByTheirFirstOrLastMeetingAndTheChainFollows() {
        Set<String> movedEdges = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            PlannedBuyer alpha = buyer("alpha");
            PlannedBuyer beta = buyer("beta");
            PlannedStructure one = structure("one", 1);
            PlannedStructure two = structure("two", 1);
            // alpha meets at slots 0 and 2 (idle at 1); structure one is busy with beta at 1.
            MeetingAssignment alphaOne = meeting(alpha, one, 0);
            MeetingAssignment alphaTwo = meeting(alpha, two, 2);
            MeetingAssignment betaOne = meeting(beta, one, 1);
            List<MeetingAssignment> meetings = List.of(alphaOne, alphaTwo, betaOne);

            SlotChangesMove move = gapMove(meetings, new Random(seed));

            assertNotNull(move, "alpha has an idle slot to fill");
            Map<MeetingAssignment, Slot> changes = move.changes();
            changes.forEach(MeetingAssignment::setSlot);
            if (changes.containsKey(alphaOne)) {
                // one moves to slot 1, so its meeting with beta takes slot 0 in exchange
                assertEquals(Map.of(alphaOne, slot(1), betaOne, slot(0)), changes);
            } else {
                assertEquals(Map.of(alphaTwo, slot(1)), changes);
            }
            movedEdges.add(changes.containsKey(alphaOne) ? "first" : "last");
            assertEquals(0, idleSlots(List.of(alphaOne, alphaTwo)), "alpha's meetings are back to back");
            assertEquals(0, idleSlots(List.of(alphaOne, betaOne)), "one's meetings are back to back");
            assertTrue(alphaOne.getSlot() != betaOne.getSlot() && alphaOne.getSlot() != alphaTwo.getSlot(),
                    "nobody is in two places at once");
        }
        assertEquals(Set.of("first", "last"), movedEdges, "either end of the run may move in");
    }

    @Test
    void noMoveWhenNobodyHasAnIdleSlot() {
        PlannedBuyer alpha = buyer("alpha");
        PlannedStructure one = structure("one", 1);
        PlannedStructure two = structure("two", 1);
        List<MeetingAssignment> meetings = List.of(meeting(alpha, one, 3), meeting(alpha, two, 4),
                // the afternoon is another session: 4 then 5 is no gap, nor is a meeting alone
                meeting(alpha, structure("three", 1), 5));

        assertNull(gapMove(meetings, new Random(1)));
    }

    @Test
    void aPinnedEdgeMeetingStaysWhereItIs() {
        PlannedBuyer alpha = buyer("alpha");
        MeetingAssignment booked = meeting(alpha, structure("one", 1), 0);
        booked.pinAt(slot(0), PinSource.BOOKING);
        MeetingAssignment free = meeting(alpha, structure("two", 1), 3);

        for (long seed = 0; seed < 20; seed++) {
            SlotChangesMove move = gapMove(List.of(booked, free), new Random(seed));
            assertNotNull(move, "the free meeting can move in");
            assertEquals(Set.of(free), move.changes().keySet(), "only the free meeting moves: " + move);
            assertTrue(Set.of(slot(1), slot(2)).contains(move.changes().get(free)), "into an idle slot: " + move);
        }
    }

    private static SlotChangesMove gapMove(List<MeetingAssignment> meetings, Random random) {
        TimetableSolution solution = new TimetableSolution("test", SLOTS, List.of(), List.of(), List.of(), null, meetings);
        MoveIndex index = new MoveIndex(solution);
        Proposal proposal = new CloseGap(new KempeChain()).propose(index, random);
        return proposal != null && ClashRepair.repair(proposal, index, random) ? proposal.toMove() : null;
    }

    private static int idleSlots(List<MeetingAssignment> meetings) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        Set<Integer> occupied = new HashSet<>();
        for (MeetingAssignment meeting : meetings) {
            int index = meeting.getSlot().index();
            first = Math.min(first, index);
            last = Math.max(last, index);
            occupied.add(index);
        }
        return last - first + 1 - occupied.size();
    }
}
