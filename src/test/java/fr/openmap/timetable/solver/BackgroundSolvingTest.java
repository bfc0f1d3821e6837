package fr.openmap.timetable.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The way the service runs the solver: in the background, listening to best solutions, stopped early. */
class BackgroundSolvingTest {

    @Test
    void solvesInTheBackgroundAndStopsOnRequest() throws Exception {
        SchedulingRules rules = SchedulingRules.defaults();
        TimetableResultBuilder results = new TimetableResultBuilder();
        AtomicReference<TimetableResult> latest = new AtomicReference<>();
        CountDownLatch firstBest = new CountDownLatch(1);
        try (SolverManager<TimetableSolution, String> solverManager = SolverManager.create(
                TimetableSolverConfigs.solverConfig(rules), new SolverManagerConfig().withParallelSolverCount("1"))) {
            SolverJob<TimetableSolution, String> job = solverManager.solveAndListen("run-1",
                    id -> TimetableProblemFactory.build(ExampleEvents.matinale(), rules),
                    best -> {
                        latest.set(results.build(best));
                        firstBest.countDown();
                    });
            assertTrue(firstBest.await(30, TimeUnit.SECONDS));
            solverManager.terminateEarly("run-1");
            TimetableSolution finalBest = job.getFinalBestSolution();
            assertEquals(SolverStatus.NOT_SOLVING, solverManager.getSolverStatus("run-1"));
            assertNotNull(finalBest.getScore());
        }
        assertEquals(0, latest.get().score().hard());
        assertTrue(latest.get().counts().meetings() > 40, "meetings: " + latest.get().counts().meetings());
    }
}
