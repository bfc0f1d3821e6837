package fr.openmap.timetable.solver;

import fr.openmap.timetable.solver.moves.TimetableMoveIteratorFactory;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import org.optaplanner.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import java.time.Duration;
import java.util.List;

/**
 * Builds the OptaPlanner solver configuration from the scheduling rules, in code (no XML, no
 * optaplanner-quarkus): a best-fit construction ordered by pair weight, then two late acceptance
 * phases over the compound moves of {@link TimetableMoveIteratorFactory} and plain change moves.
 * Use the result with {@code SolverFactory.create(config)} or {@code SolverManager.create(config, ...)}.
 */
public final class TimetableSolverConfigs {

    /** Late acceptance history lengths, tuned on the benchmark events (see benchmarks/RESULTS.md). */
    static final int EXPLORE_LATE_ACCEPTANCE_SIZE = 400;
    static final int POLISH_LATE_ACCEPTANCE_SIZE = 100;
    static final int EXPLORE_UNIMPROVED_STEPS = 20_000;
    static final Duration EXPLORE_SPENT_LIMIT = Duration.ofSeconds(40);

    private TimetableSolverConfigs() {
    }

    /**
     * Test and benchmark overrides of the rules' limits; null fields keep the rules' values.
     *
     * @param bestScoreLimit stop as soon as the best score reaches this one
     * @param randomSeed     a fixed seed, for reproducible runs (the default seed is fixed too)
     */
    public record Overrides(BendableLongScore bestScoreLimit, Duration spentLimit, Duration unimprovedSpentLimit,
                            Long randomSeed) {

        public static Overrides none() {
            return new Overrides(null, null, null, null);
        }

        /** Stop at this best score, or after the safety limit. */
        public static Overrides stopAt(BendableLongScore bestScoreLimit, Duration safetyLimit) {
            return new Overrides(bestScoreLimit, safetyLimit, null, null);
        }

        public Overrides withSpentLimit(Duration limit) {
            return new Overrides(bestScoreLimit, limit, unimprovedSpentLimit, randomSeed);
        }

        public Overrides withUnimprovedSpentLimit(Duration limit) {
            return new Overrides(bestScoreLimit, spentLimit, limit, randomSeed);
        }

        public Overrides withRandomSeed(long seed) {
            return new Overrides(bestScoreLimit, spentLimit, unimprovedSpentLimit, seed);
        }
    }

    public static SolverConfig solverConfig(SchedulingRules rules) {
        return solverConfig(rules, Overrides.none());
    }

    public static SolverConfig solverConfig(SchedulingRules rules, Overrides overrides) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(overrides.spentLimit() != null ? overrides.spentLimit() : rules.spentLimit());
        Duration unimproved = overrides.unimprovedSpentLimit() != null
                ? overrides.unimprovedSpentLimit() : rules.unimprovedSpentLimit();
        if (unimproved != null && overrides.bestScoreLimit() == null) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        if (overrides.bestScoreLimit() != null) {
            termination.setBestScoreLimit(overrides.bestScoreLimit().toString());
        }

        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING)
                // Weigh every slot (and none) for each pair rather than taking the first that does not hurt.
                .withForagerConfig(new ConstructionHeuristicForagerConfig()
                        .withPickEarlyType(ConstructionHeuristicPickEarlyType.NEVER));

        // Two late-acceptance phases: a longer history to trade served structures and weight, then a
        // short one that settles the gaps. The first ends on a step count, not a time, so that runs
        // stopped by a best score limit behave the same on a busy machine.
        LocalSearchPhaseConfig explore = localSearch(EXPLORE_LATE_ACCEPTANCE_SIZE)
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedStepCountLimit(EXPLORE_UNIMPROVED_STEPS)
                        .withSpentLimit(EXPLORE_SPENT_LIMIT));
        LocalSearchPhaseConfig polish = localSearch(POLISH_LATE_ACCEPTANCE_SIZE);

        SolverConfig config = new SolverConfig()
                .withSolutionClass(TimetableSolution.class)
                .withEntityClasses(MeetingAssignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(TimetableConstraintProvider.class)
                        // Bavet is several times faster than the Drools implementation on these streams.
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withPhases(construction, explore, polish);
        if (overrides.randomSeed() != null) {
            config.setRandomSeed(overrides.randomSeed());
        }
        return config;
    }

    private static LocalSearchPhaseConfig localSearch(int lateAcceptanceSize) {
        MoveIteratorFactoryConfig compoundMoves = new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(TimetableMoveIteratorFactory.class);
        compoundMoves.setFixedProbabilityWeight(9.0);
        compoundMoves.setCacheType(SelectionCacheType.JUST_IN_TIME);
        ChangeMoveSelectorConfig changeMoves = new ChangeMoveSelectorConfig();
        changeMoves.setFixedProbabilityWeight(1.0);
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(compoundMoves, changeMoves)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    public static SolverFactory<TimetableSolution> solverFactory(SchedulingRules rules) {
        return SolverFactory.create(solverConfig(rules));
    }

    public static SolverFactory<TimetableSolution> solverFactory(SchedulingRules rules, Overrides overrides) {
        return SolverFactory.create(solverConfig(rules, overrides));
    }

    /** Score explanation and re-scoring; needs no termination, so any rules do. */
    public static SolutionManager<TimetableSolution, BendableLongScore> solutionManager() {
        return SolutionManager.create(SolverFactory.create(solverConfig(SchedulingRules.defaults())));
    }
}
