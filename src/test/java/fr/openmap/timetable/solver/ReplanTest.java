package fr.openmap.timetable.solver;

import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.timetable.solver.TimetableResult.PlannedMeeting;
import fr.openmap.timetable.solver.TimetableResult.PublishedChange;
import fr.openmap.timetable.solver.TimetableSolverConfigs.Overrides;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Re-planning after the agendas were sent: a re-plan serves as many structures as a fresh plan, and changes
 * published meetings only where something had to give (issue #13: with every earlier meeting pinned, the
 * example's B01 declining S20 left S20 without any meeting).
 */
class ReplanTest {

    private static final SchedulingRules RULES = SchedulingRules.defaults();
    /** The example's proven optimum: 21 structures served, weight 183, no idle slot. */
    private static final BendableLongScore EXAMPLE_OPTIMUM = BendableLongScore.parseScore("[0]hard/[0/0/183/0]soft");

    @Test
    void aDeclineAfterTheAgendasWereSentServesEveryStructureAndKeepsTheRestOfTheAgendas() {
        EventSnapshot event = ExampleEvents.matinale();
        TimetableResultBuilder results = new TimetableResultBuilder();
        TimetableResult sent = results.build(solve(TimetableProblemFactory.build(event, RULES),
                Overrides.stopAt(EXAMPLE_OPTIMUM, Duration.ofSeconds(60))));
        assertEquals(EXAMPLE_OPTIMUM.toString(), sent.score().text());
        Map<PairKey, Integer> published = sent.meetings().stream()
                .collect(Collectors.toMap(PlannedMeeting::pairKey, m -> m.slot().index()));
        PairKey declined = new PairKey("B01", "S20");
        assertTrue(published.containsKey(declined), "the example plan has B01 meet S20");

        EventSnapshot changed = declining(event, "S20", "B01");
        Overrides replanLimits = Overrides.none().withSpentLimit(Duration.ofSeconds(30))
                .withUnimprovedSpentLimit(Duration.ofSeconds(5));
        TimetableResult replan = results.build(solve(TimetableProblemFactory.build(changed, RULES, published, false),
                replanLimits));
        TimetableResult fresh = results.build(solve(TimetableProblemFactory.build(changed, RULES), replanLimits));

        assertEquals(0, replan.score().hard());
        assertEquals(21, replan.counts().structuresToServe());
        assertEquals(fresh.counts().structuresServed(), replan.counts().structuresServed());
        assertEquals(21, replan.counts().structuresServed(), "S20 keeps a meeting");
        assertFalse(replan.meetings().stream().anyMatch(m -> m.pairKey().equals(declined)));

        // What changed for people, counted from the plan itself, is what the score's stability level says
        long moved = replan.meetings().stream().filter(m -> m.change() == PublishedChange.MOVED).count();
        long cancelled = published.keySet().stream().filter(pair -> !pair.equals(declined))
                .filter(pair -> replan.meetings().stream().noneMatch(m -> m.pairKey().equals(pair))).count();
        assertEquals(moved, replan.counts().publishedMoved());
        assertEquals(cancelled, replan.counts().publishedCancelled());
        assertEquals(-(moved + 2 * cancelled), replan.score().publishedChanges());
        long keptPublished = replan.meetings().stream().filter(m -> m.change() == PublishedChange.KEPT).count();
        assertEquals(published.size() - 1 - moved - cancelled, keptPublished);
        // ...and much less than a fresh plan would change
        long freshChanges = published.entrySet().stream().filter(e -> !e.getKey().equals(declined))
                .mapToLong(e -> fresh.meetings().stream().filter(m -> m.pairKey().equals(e.getKey())).findFirst()
                        .map(m -> m.slot().index() == e.getValue() ? 0L : 1L).orElse(2L))
                .sum();
        assertTrue(moved + 2 * cancelled < freshChanges,
                "re-plan changes " + (moved + 2 * cancelled) + ", a fresh plan " + freshChanges);
        assertTrue(moved + cancelled <= 5, moved + " moved and " + cancelled + " cancelled of " + published.size());

        assertTrue(replan.unscheduled().stream().anyMatch(u -> u.buyerRef().equals("B01")
                && u.structureRef().equals("S20") && u.reason().english().startsWith("declined by")));
    }

    @Test
    void withoutAnyAgendaSentAReplanIsAFreshPlan() {
        TimetableSolution problem = TimetableProblemFactory.build(declining(ExampleEvents.matinale(), "S20", "B01"),
                RULES, Map.of(), false);
        assertTrue(problem.getMeetings().stream().noneMatch(MeetingAssignment::isPublished));
        assertTrue(problem.getMeetings().stream().noneMatch(m -> m.getSlot() != null && !m.isPinned()));
    }

    /** The event where {@code to} declined {@code from}'s request. */
    private static EventSnapshot declining(EventSnapshot event, String from, String to) {
        List<RequestData> requests = event.requests().stream()
                .map(r -> r.from().equals(from) && r.to().equals(to)
                        ? new RequestData(r.from(), r.to(), r.priority(), RequestStatus.DECLINED) : r)
                .toList();
        return new EventSnapshot(event.event(), event.buyers(), event.structures(), requests, event.bookings());
    }

    private static TimetableSolution solve(TimetableSolution problem, Overrides overrides) {
        return SolverFactory.<TimetableSolution>create(TimetableSolverConfigs.solverConfig(RULES, overrides))
                .buildSolver().solve(problem);
    }
}
