package fr.openmap.timetable;

import fr.openmap.timetable.solver.SchedulingRules;
import fr.openmap.timetable.solver.TimetableSolution;
import fr.openmap.timetable.solver.TimetableSolverConfigs;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the solver from the scheduling rules read at start-up (optaplanner-quarkus is not
 * published for OptaPlanner 10.2, so the SolverManager is made here). A bad rules file stops
 * the start-up with a message naming the key.
 */
@ApplicationScoped
public class TimetableSolverProducer {

    private static final Logger LOG = Logger.getLogger(TimetableSolverProducer.class);

    @Produces
    @Singleton
    @Startup
    SchedulingRules schedulingRules(TimetableConfig config) {
        Path dir = Path.of(config.dir());
        if (!Files.isRegularFile(dir.resolve(SchedulingRules.FILE_NAME))) {
            LOG.warnf("No %s in %s: using the default scheduling rules", SchedulingRules.FILE_NAME, dir.toAbsolutePath());
            return SchedulingRules.defaults();
        }
        SchedulingRules rules = SchedulingRules.load(dir);
        LOG.infof("Scheduling rules read from %s", dir.toAbsolutePath().resolve(SchedulingRules.FILE_NAME));
        return rules;
    }

    @Produces
    @Singleton
    SolverManager<TimetableSolution, Long> solverManager(SchedulingRules rules) {
        return SolverManager.create(TimetableSolverConfigs.solverConfig(rules));
    }

    void closeSolverManager(@Disposes SolverManager<TimetableSolution, Long> solverManager) {
        solverManager.close();
    }

    @Produces
    @Singleton
    SolutionManager<TimetableSolution, BendableLongScore> solutionManager() {
        return TimetableSolverConfigs.solutionManager();
    }
}
