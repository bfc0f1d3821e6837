package fr.openmap.timetable.solver;

import fr.openmap.timetable.solver.TimetableSolverConfigs.Overrides;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bound a plan cannot beat, computed before solving. */
class TimetableBoundTest {

    private static final SchedulingRules RULES = SchedulingRules.defaults();

    @Test
    void aBuyerMeetsNoMoreStructuresThanTheyHaveSlotsAndTheHeaviestWin() {
        TimetableSolution problem = TimetableProblemFactory.build(Events.withSession("11:00", 2)
                .buyer("B1").structure("S1").structure("S2").structure("S3")
                .request("S1", "B1", 1).request("S2", "B1", 2).request("S3", "B1", 3)
                .build(), RULES);
        // two slots: the pairs of weight 3 and 2; S3 can meet B1, so it counts as servable
        assertEquals(new TimetableBound(0, 5), TimetableBound.of(problem));
        assertEquals("[0]hard/[0/0/5/0]soft", TimetableBound.of(problem).score(RULES).toString());
    }

    @Test
    void aStructureMeetsNoMoreBuyersThanItsRepresentativesTimesItsUsableSlotsAndItsCap() {
        TimetableSolution oneRepresentative = TimetableProblemFactory.build(Events.withSession("11:00", 1)
                .buyer("B1").buyer("B2").structure("S1")
                .request("S1", "B1", 1).request("S1", "B2", 1)
                .build(), RULES);
        assertEquals(3, TimetableBound.of(oneRepresentative).weight());
        TimetableSolution twoRepresentatives = TimetableProblemFactory.build(Events.withSession("11:00", 1)
                .buyer("B1").buyer("B2").structure("S1", 2, null)
                .request("S1", "B1", 1).request("S1", "B2", 1)
                .build(), RULES);
        assertEquals(6, TimetableBound.of(twoRepresentatives).weight());
        TimetableSolution capped = TimetableProblemFactory.build(Events.withSession("11:00", 3)
                .buyer("B1", 1, null, List.of()).structure("S1").structure("S2")
                .request("S1", "B1", 1).request("S2", "B1", 3)
                .build(), RULES);
        assertEquals(new TimetableBound(0, 3), TimetableBound.of(capped));
    }

    @Test
    void aStructureNoPairCanServeIsLeftOutOfTheServedBound() {
        TimetableSolution problem = TimetableProblemFactory.build(Events.withSession("11:00", 2)
                .buyer("B1", null, null, List.of(Events.window("11:00", "11:30"))).buyer("B2")
                .structure("S1").structure("S2")
                .request("S1", "B1", 1).request("S2", "B2", 2)
                .build(), RULES);
        assertEquals(new TimetableBound(1, 2), TimetableBound.of(problem));
        assertEquals("[0]hard/[-1/0/2/0]soft", TimetableBound.of(problem).score(RULES).toString());
    }

    @Test
    void theExampleMatinalesOptimumIsItsBoundAndASolveStopsThere() {
        TimetableSolution problem = TimetableProblemFactory.build(ExampleEvents.matinale(), RULES);
        TimetableBound bound = TimetableBound.of(problem);
        assertEquals(new TimetableBound(0, 183), bound);

        TimetableSolution solved = SolverFactory.<TimetableSolution>create(TimetableSolverConfigs.solverConfig(RULES,
                Overrides.stopAt(bound.score(RULES), Duration.ofSeconds(60)))).buildSolver().solve(problem);
        assertTrue(bound.reachedBy(solved.getScore(), RULES));
        assertEquals("[0]hard/[0/0/183/0]soft", solved.getScore().toString());
        assertFalse(bound.reachedBy(problem.getScore(), RULES), "an unsolved problem has no score");
    }
}
