package fr.openmap.timetable.solver;

import fr.openmap.timetable.solver.TimetableSolverConfigs.Overrides;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Solving the shared example event reaches its known optimum. */
class ExampleSolveTest {

    static final BendableLongScore OPTIMUM = BendableLongScore.of(new long[] {0}, new long[] {0, 0, 183, 0});

    @Test
    void solvesTheMatinaleToItsOptimum() {
        TimetableSolution problem = TimetableProblemFactory.build(ExampleEvents.matinale(), SchedulingRules.defaults());
        TimetableSolution solved = SolverFactory.<TimetableSolution>create(TimetableSolverConfigs.solverConfig(
                SchedulingRules.defaults(), Overrides.stopAt(OPTIMUM, Duration.ofSeconds(90)))).buildSolver().solve(problem);
        TimetableResult result = new TimetableResultBuilder().build(solved);

        assertEquals(OPTIMUM.toString(), result.score().text());
        assertEquals(59, result.counts().meetings());
        assertEquals(9, result.counts().buyersWithMeeting());
        assertEquals(21, result.counts().structuresServed());
        assertEquals(183, result.counts().totalWeight());
        assertEquals(0, result.counts().idleSlots());
    }
}
