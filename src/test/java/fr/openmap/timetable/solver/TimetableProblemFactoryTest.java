package fr.openmap.timetable.solver;

import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimetableProblemFactoryTest {

    private static Map<String, MeetingAssignment> byId(TimetableSolution solution) {
        return solution.getMeetings().stream().collect(Collectors.toMap(MeetingAssignment::getId, Function.identity()));
    }

    @Test
    void candidatePairsLeaveOutDeclinedPairsAndTakeInBookedOnes() {
        EventSnapshot event = Events.withSession("11:00", 3)
                .buyer("B1").buyer("B2").structure("S1").structure("S2").structure("S3")
                .request("S1", "B1", 1)
                .request("B1", "S1", 2)
                .request("S2", "B1", 2, RequestStatus.DECLINED)
                .request("B1", "S2", 1)
                .request("S3", "B2", 3, RequestStatus.PENDING)
                .booking("B2", "S1", "11:12")
                .build();
        TimetableSolution problem = TimetableProblemFactory.build(event, SchedulingRules.defaults());
        Map<String, MeetingAssignment> meetings = byId(problem);

        assertEquals(List.of("B1/S1", "B2/S1", "B2/S3"), problem.getMeetings().stream().map(MeetingAssignment::getId).toList());
        assertEquals(3 + 2, meetings.get("B1/S1").getWeight());
        assertEquals(1, meetings.get("B2/S3").getWeight());
        assertEquals(0, meetings.get("B2/S1").getWeight());
        assertEquals(PinSource.BOOKING, meetings.get("B2/S1").getPinSource());
        assertEquals(1, meetings.get("B2/S1").getSlot().index());
        RequestedPair declined = problem.getRequestedPairs().stream()
                .filter(pair -> pair.key().equals(new PairKey("B1", "S2"))).findFirst().orElseThrow();
        assertTrue(declined.declinedByBuyer());
        assertFalse(declined.declinedByStructure());
        assertEquals(3, problem.getRequestedPairs().size());
    }

    @Test
    void tablesAreFixedLabelsFirstThenTheLowestFreeOnesInRefOrder() {
        EventSnapshot event = Events.withSession("11:00", 3).tables(3)
                .buyer("B3").buyer("B1", null, "2", List.of()).buyer("B2").buyer("B4")
                .build();
        Map<String, String> tables = TimetableProblemFactory.build(event, SchedulingRules.defaults()).getBuyers()
                .stream().collect(Collectors.toMap(PlannedBuyer::getRef, b -> String.valueOf(b.getTable())));
        assertEquals(Map.of("B1", "2", "B2", "1", "B3", "3", "B4", "null"), tables);
    }

    @Test
    void pitchingAndUnavailableSlotsAreLeftOutOfAPairsSlots() {
        EventSnapshot event = Events.withSession("11:00", 4).pitches("10:30", "11:15")
                .buyer("B1", null, null, List.of(Events.window("11:25", "11:30")))
                .structure("S1", 1, fr.openmap.registration.PitchStatus.SELECTED)
                .request("S1", "B1", 1)
                .build();
        MeetingAssignment meeting = TimetableProblemFactory.build(event, SchedulingRules.defaults()).getMeetings().get(0);
        // 11:00 and 11:12 overlap the pitches, 11:24-11:34 overlaps the buyer's absence.
        assertEquals(List.of(3), meeting.getCandidateSlots().stream().map(s -> s.index()).toList());
    }

    @Test
    void publishedMeetingsStartAtTheirSlotWhereTheyStillHoldAndAreNeverPinned() {
        EventSnapshot event = Events.withSession("11:00", 3)
                .buyer("B1").structure("S1").structure("S2").structure("S3").structure("S4")
                .request("S1", "B1", 1).request("S2", "B1", 1).request("S3", "B1", 1).request("S4", "B1", 1)
                .booking("B1", "S4", "11:12")
                .build();
        Map<PairKey, Integer> published = Map.of(
                new PairKey("B1", "S1"), 0,   // still fine: starts there
                new PairKey("B1", "S2"), 1,   // the slot is now booked for S4: published, starts unplaced
                new PairKey("B1", "S3"), 7,   // no such slot any more: published at no slot
                new PairKey("B1", "S4"), 0,   // booked since: the booking rules
                new PairKey("B1", "S9"), 2);  // no longer a candidate: ignored
        Map<String, MeetingAssignment> replan = byId(TimetableProblemFactory.build(event, SchedulingRules.defaults(),
                published, false));
        MeetingAssignment kept = replan.get("B1/S1");
        assertFalse(kept.isPinned());
        assertEquals(0, kept.getSlot().index());
        assertEquals(0, kept.publishedChangeCost());
        MeetingAssignment displaced = replan.get("B1/S2");
        assertNull(displaced.getSlot());
        assertEquals(1, displaced.getPublishedSlot().index());
        assertEquals(2, displaced.publishedChangeCost()); // cancelled unless the solver moves it
        displaced.setSlot(event.slots().get(2));
        assertEquals(1, displaced.publishedChangeCost()); // moved
        MeetingAssignment slotGone = replan.get("B1/S3");
        assertTrue(slotGone.isPublished());
        assertNull(slotGone.getPublishedSlot());
        assertNull(slotGone.getSlot());
        assertEquals(PinSource.BOOKING, replan.get("B1/S4").getPinSource());
        assertFalse(replan.get("B1/S4").isPublished());
        assertEquals(0, replan.get("B1/S4").publishedChangeCost());

        Map<String, MeetingAssignment> fresh = byId(TimetableProblemFactory.build(event, SchedulingRules.defaults(),
                published, true));
        assertFalse(fresh.get("B1/S1").isPublished());
        assertNull(fresh.get("B1/S1").getSlot());
        assertEquals(0, fresh.get("B1/S1").publishedChangeCost());
    }
}
