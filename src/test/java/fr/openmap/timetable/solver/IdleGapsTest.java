package fr.openmap.timetable.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.List;

import static fr.openmap.timetable.solver.Fixtures.SLOTS;
import static fr.openmap.timetable.solver.Fixtures.buyer;
import static fr.openmap.timetable.solver.Fixtures.meeting;
import static fr.openmap.timetable.solver.Fixtures.slot;
import static fr.openmap.timetable.solver.Fixtures.structure;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Idle slots, one definition: between two of a participant's meetings in one session, holding none. */
class IdleGapsTest {

    final PlannedBuyer alpha = buyer("alpha");
    final PlannedBuyer beta = buyer("beta");
    final PlannedStructure one = structure("one", 2);
    final PlannedStructure two = structure("two", 1);

    @Test
    void theSlotsBetweenTwoMeetingsOfASessionAreIdleAndASessionBreakIsNot() {
        // morning 0 and 3 (1 and 2 idle), then 4; afternoon 6: the lunch between 4 and 6 is no gap
        List<MeetingAssignment> meetings = List.of(meeting(alpha, one, 0), meeting(alpha, two, 3),
                meeting(alpha, structure("three", 1), 4), meeting(alpha, structure("four", 1), 6),
                meeting(alpha, structure("five", 1), null));

        assertEquals(List.of(slot(1), slot(2)), IdleGaps.of(SLOTS, meetings));
    }

    @Test
    void theTotalCountsBuyersAndStructuresEachOnce() {
        // alpha: 0, 2 (1 idle); beta: 1, 4 (2, 3 idle); one (two representatives): 0, 1, 4 (2, 3 idle); two: 2 alone
        List<MeetingAssignment> meetings = List.of(meeting(alpha, one, 0), meeting(alpha, two, 2),
                meeting(beta, one, 1), meeting(beta, one, 4), meeting(beta, two, null));

        assertEquals(1 + 2 + 2, IdleGaps.total(SLOTS, meetings));
    }

    @Test
    void theScoresCollectorFollowsMeetingsComingAndGoing() {
        UniConstraintCollector<MeetingAssignment, Object, Integer> collector = collector();
        Object group = collector.supplier().get();
        Runnable first = add(collector, group, meeting(alpha, one, 5));
        assertEquals(0, idle(collector, group), "one meeting alone has no gap");
        Runnable last = add(collector, group, meeting(beta, one, 7));
        assertEquals(1, idle(collector, group));
        // two meetings at one slot (two representatives) occupy it once
        Runnable twin = add(collector, group, meeting(alpha, two, 7));
        assertEquals(1, idle(collector, group));
        last.run();
        assertEquals(1, idle(collector, group), "the other meeting still holds the slot");
        add(collector, group, meeting(beta, two, 6));
        assertEquals(0, idle(collector, group));
        first.run();
        twin.run();
        assertEquals(0, idle(collector, group));
    }

    @SuppressWarnings("unchecked")
    private static UniConstraintCollector<MeetingAssignment, Object, Integer> collector() {
        return (UniConstraintCollector<MeetingAssignment, Object, Integer>) IdleGaps.inSession();
    }

    private static Runnable add(UniConstraintCollector<MeetingAssignment, Object, Integer> collector, Object group,
                                MeetingAssignment meeting) {
        return collector.accumulator().apply(group, meeting);
    }

    private static int idle(UniConstraintCollector<MeetingAssignment, Object, Integer> collector, Object group) {
        return collector.finisher().apply(group);
    }
}
