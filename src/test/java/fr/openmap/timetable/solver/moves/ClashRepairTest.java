package fr.openmap.timetable.solver.moves;

import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.PinSource;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.TimetableSolution;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Random;

import static fr.openmap.timetable.solver.Fixtures.SLOTS;
import static fr.openmap.timetable.solver.Fixtures.buyer;
import static fr.openmap.timetable.solver.Fixtures.meeting;
import static fr.openmap.timetable.solver.Fixtures.slot;
import static fr.openmap.timetable.solver.Fixtures.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair makes a proposal keep Occupancy's limits by taking the slot of meetings that are in the way. */
class ClashRepairTest {

    final PlannedBuyer alpha = buyer("alpha");
    final PlannedBuyer beta = buyer("beta");
    final PlannedBuyer gamma = buyer("gamma");

    @Test
    void theBuyersOtherMeetingAtTheSlotMakesWay() {
        MeetingAssignment moved = meeting(alpha, structure("one", 1), 0);
        MeetingAssignment there = meeting(alpha, structure("two", 1), 1);
        Proposal proposal = propose(moved, 1);

        assertTrue(ClashRepair.repair(proposal, index(moved, there), new Random(1)));
        assertTrue(proposal.changes(there));
        assertNull(proposal.newSlot(there));
    }

    @Test
    void aPinnedMeetingInTheWayBlocksTheMove() {
        MeetingAssignment moved = meeting(alpha, structure("one", 1), 0);
        MeetingAssignment booked = meeting(alpha, structure("two", 1), 1);
        booked.pinAt(slot(1), PinSource.BOOKING);

        assertFalse(ClashRepair.repair(propose(moved, 1), index(moved, booked), new Random(1)));
    }

    @Test
    void aStructureKeepsAsManyMeetingsAtOnceAsItHasRepresentatives() {
        PlannedStructure two = structure("two", 2);
        MeetingAssignment first = meeting(alpha, two, 0);
        MeetingAssignment second = meeting(beta, two, 0);
        MeetingAssignment moved = meeting(gamma, two, 1);
        for (long seed = 0; seed < 10; seed++) {
            Proposal proposal = propose(moved, 0);

            assertTrue(ClashRepair.repair(proposal, index(first, second, moved), new Random(seed)));
            long left = List.of(first, second).stream().filter(m -> proposal.slotOf(m) != null).count();
            assertEquals(1, left, "one of the two makes way for the third: " + proposal.toMove());
        }
    }

    @Test
    void aMeetingThatGainsASlotKeepsItsBuyerWithinMaxMeetings() {
        PlannedBuyer capped = new PlannedBuyer("capped", "1", 2, new BitSet());
        MeetingAssignment first = meeting(capped, structure("one", 1), 0);
        MeetingAssignment second = meeting(capped, structure("two", 1), 1);
        MeetingAssignment unplaced = meeting(capped, structure("three", 1), null);
        Proposal proposal = propose(unplaced, 3);

        assertTrue(ClashRepair.repair(proposal, index(first, second, unplaced), new Random(3)));
        long placed = List.of(first, second, unplaced).stream().filter(m -> proposal.slotOf(m) != null).count();
        assertEquals(2, placed);
        assertEquals(slot(3), proposal.slotOf(unplaced), "the moved meeting keeps its new slot");
    }

    private static Proposal propose(MeetingAssignment meeting, int slotIndex) {
        Proposal proposal = new Proposal("test");
        proposal.set(meeting, slot(slotIndex));
        return proposal;
    }

    private static MoveIndex index(MeetingAssignment... meetings) {
        return new MoveIndex(new TimetableSolution("test", SLOTS, List.of(), List.of(), List.of(), null,
                List.of(meetings)));
    }
}
