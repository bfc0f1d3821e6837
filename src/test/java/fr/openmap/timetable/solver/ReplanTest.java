package fr.openmap.timetable.solver;

import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.timetable.solver.TimetableResult.PlannedMeeting;
import fr.openmap.timetable.solver.TimetableSolverConfigs.Overrides;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-planning after a decline keeps every other meeting where it was. */
class ReplanTest {

    @Test
    void aDeclineOnlyRemovesThatPairsMeeting() {
        SchedulingRules rules = SchedulingRules.defaults();
        EventSnapshot event = ExampleEvents.matinale();
        TimetableResultBuilder results = new TimetableResultBuilder();
        TimetableResult first = results.build(solve(TimetableProblemFactory.build(event, rules), rules,
                Overrides.none().withSpentLimit(Duration.ofSeconds(3))));
        assertEquals(0, first.score().hard());
        Map<PairKey, Integer> previous = first.meetings().stream()
                .collect(Collectors.toMap(PlannedMeeting::pairKey, m -> m.slot().index()));

        PlannedMeeting dropped = first.meetings().get(first.meetings().size() / 2);
        List<RequestData> requests = new ArrayList<>();
        for (RequestData request : event.requests()) {
            boolean ofPair = (request.from().equals(dropped.buyerRef()) && request.to().equals(dropped.structureRef()))
                    || (request.from().equals(dropped.structureRef()) && request.to().equals(dropped.buyerRef()));
            requests.add(ofPair ? new RequestData(request.from(), request.to(), request.priority(), RequestStatus.DECLINED)
                    : request);
        }
        EventSnapshot changed = new EventSnapshot(event.event(), event.buyers(), event.structures(), requests,
                event.bookings());

        TimetableSolution replanProblem = TimetableProblemFactory.build(changed, rules, previous, false);
        assertEquals(previous.size() - 1,
                replanProblem.getMeetings().stream().filter(m -> m.getPinSource() == PinSource.PREVIOUS).count());
        TimetableResult second = results.build(solve(replanProblem, rules,
                Overrides.none().withSpentLimit(Duration.ofSeconds(2))));

        assertEquals(0, second.score().hard());
        Map<PairKey, Integer> now = second.meetings().stream()
                .collect(Collectors.toMap(PlannedMeeting::pairKey, m -> m.slot().index()));
        assertFalse(now.containsKey(dropped.pairKey()));
        previous.forEach((pair, slot) -> {
            if (!pair.equals(dropped.pairKey())) {
                assertEquals(slot, now.get(pair), "meeting " + pair + " moved");
            }
        });
        assertTrue(second.unscheduled().stream().anyMatch(u -> u.buyerRef().equals(dropped.buyerRef())
                && u.structureRef().equals(dropped.structureRef()) && u.reason().startsWith("declined by")));
    }

    private static TimetableSolution solve(TimetableSolution problem, SchedulingRules rules, Overrides overrides) {
        return SolverFactory.<TimetableSolution>create(TimetableSolverConfigs.solverConfig(rules, overrides))
                .buildSolver().solve(problem);
    }
}
