package fr.openmap.timetable.solver.benchmark;

import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.timetable.solver.SchedulingRules;
import fr.openmap.timetable.solver.TimetableProblemFactory;
import fr.openmap.timetable.solver.TimetableResult;
import fr.openmap.timetable.solver.TimetableResultBuilder;
import fr.openmap.timetable.solver.TimetableSolution;
import fr.openmap.timetable.solver.TimetableSolverConfigs;
import fr.openmap.timetable.solver.EventGenerator;
import fr.openmap.timetable.solver.EventGenerator.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Solver benchmark, not a unit test: {@code ./mvnw -B test -Pbenchmark}. Generates seeded events at
 * three scales, solves each with the default rules, compares with CP-SAT (60 s per score level)
 * and writes {@code benchmarks/RESULTS.md}. Optional: {@code -Dbenchmark.scales=matinale,numerique,forum},
 * {@code -Dbenchmark.seeds=1,2,3}, {@code -Dbenchmark.cpsatSeconds=60},
 * {@code -Dbenchmark.solverSeed=0} (OptaPlanner's random seed, to see how much a result owes to luck).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class TimetableBenchmark {

    record Row(String scale, long seed, int pairs, int slots, double firstFeasibleSeconds, double bestSeconds,
               double totalSeconds, TimetableResult result, CpSatReference.Outcome reference, long peakHeapMb) {
    }

    @Test
    void benchmark() throws Exception {
        String scales = System.getProperty("benchmark.scales", "matinale,numerique,forum");
        String seeds = System.getProperty("benchmark.seeds", "1,2,3");
        double cpSatSeconds = Double.parseDouble(System.getProperty("benchmark.cpsatSeconds", "60"));
        List<Row> rows = new ArrayList<>();
        for (String name : scales.split(",")) {
            Scale scale = switch (name.trim()) {
                case "matinale" -> EventGenerator.matinale();
                case "numerique" -> EventGenerator.numerique2015();
                case "forum" -> EventGenerator.regionalForum();
                default -> throw new IllegalArgumentException("unknown scale " + name);
            };
            List<String> scaleSeeds = name.trim().equals("forum") ? List.of(seeds.split(",")[0]) : List.of(seeds.split(","));
            for (String seedText : scaleSeeds) {
                long seed = Long.parseLong(seedText.trim());
                Row row = run(name.trim(), scale, seed, cpSatSeconds);
                rows.add(row);
                System.out.println(describe(row));
                write(rows);
            }
        }
    }

    private Row run(String name, Scale scale, long seed, double cpSatSeconds) throws InterruptedException {
        EventSnapshot snapshot = EventGenerator.generate(scale, seed);
        SchedulingRules rules = SchedulingRules.defaults();
        TimetableSolution problem = TimetableProblemFactory.build(snapshot, rules);
        String solverSeed = System.getProperty("benchmark.solverSeed");
        SolverFactory<TimetableSolution> factory = TimetableSolverConfigs.solverFactory(rules, solverSeed == null
                ? TimetableSolverConfigs.Overrides.none()
                : TimetableSolverConfigs.Overrides.none().withRandomSeed(Long.parseLong(solverSeed)));
        Solver<TimetableSolution> solver = factory.buildSolver();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        Thread.sleep(200);
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        AtomicLong firstFeasible = new AtomicLong(-1);
        AtomicLong lastImproved = new AtomicLong(-1);
        solver.addEventListener(event -> {
            long now = System.nanoTime() - started;
            if (event.getNewBestScore().isFeasible() && event.getNewBestScore().isSolutionInitialized()) {
                firstFeasible.compareAndSet(-1, now);
            }
            lastImproved.set(now);
        });
        TimetableSolution solved = solver.solve(problem);
        long total = System.nanoTime() - started;
        sampler.interrupt();
        TimetableResult result = new TimetableResultBuilder(
                org.optaplanner.core.api.solver.SolutionManager.create(factory)).build(solved);

        CpSatReference.Outcome reference = cpSatSeconds > 0
                ? CpSatReference.solve(TimetableProblemFactory.build(snapshot, rules), cpSatSeconds)
                : CpSatReference.boundOnly(TimetableProblemFactory.build(snapshot, rules), result.counts().structuresServed());
        int slots = problem.getSlots().size();
        return new Row(name, seed, problem.getMeetings().size(), slots, firstFeasible.get() / 1e9,
                lastImproved.get() / 1e9, total / 1e9, result, reference, peak.get() / (1024 * 1024));
    }

    private static String describe(Row row) {
        TimetableResult.Counts c = row.result().counts();
        return String.format(Locale.ROOT, "%s seed %d: %s meetings %d served %d/%d weight %d (cp-sat %d, bound %d)"
                        + " gaps %d (cp-sat %d) in %.1fs", row.scale(), row.seed(), row.result().score().text(),
                c.meetings(), c.structuresServed(), c.structuresToServe(), c.totalWeight(),
                row.reference().weight().value(), row.reference().weightBound(), c.idleSlots(),
                row.reference().gaps().value(), row.totalSeconds());
    }

    private static void write(List<Row> rows) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Timetable solver benchmark\n\n");
        md.append("Generated by `./mvnw -B test -Pbenchmark` (class `fr.openmap.timetable.solver.benchmark.TimetableBenchmark`)")
                .append(" on ").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, default rules (")
                .append(SchedulingRules.defaults().spentLimit().toSeconds()).append(" s limit, ")
                .append(SchedulingRules.defaults().unimprovedSpentLimit().toSeconds())
                .append(" s without improvement). Events are generated with a fixed seed by `EventGenerator`.\n\n");
        md.append("The reference is CP-SAT (OR-Tools 9.12, 2 workers) on the same model, solved level by level")
                .append(" (served, then weight, then gaps), each level with its own time limit; `bound` is its proven")
                .append(" upper bound on weight, tightened by a b-matching bound that ignores slots (exact by König's theorem when nobody is unavailable, everybody sends one person and there is one session). Gaps of the two solvers are compared at their own weights.\n\n");
        md.append("| scale | seed | pairs | slots | first feasible (s) | last improvement (s) | total (s) | score"
                + " [hard]/[served/weight/gaps] | meetings | served | weight | CP-SAT weight / bound | weight gap to"
                + " bound | gaps | CP-SAT gaps (status) | peak heap (MB) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            TimetableResult.Counts c = row.result().counts();
            CpSatReference.Outcome ref = row.reference();
            double gapPercent = 100.0 * (ref.weightBound() - c.totalWeight()) / Math.max(1, ref.weightBound());
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %d | %.1f | %.1f | %.1f | `%s` | %d | %d / %d (CP-SAT %d, %s) | %d | %d / %d (%s) |"
                            + " %.2f %% | %d | %s (%s) | %d |\n",
                    row.scale(), row.seed(), row.pairs(), row.slots(), row.firstFeasibleSeconds(), row.bestSeconds(),
                    row.totalSeconds(), row.result().score().text(), c.meetings(), c.structuresServed(),
                    c.structuresToServe(), ref.served().value(), ref.served().status(), c.totalWeight(),
                    ref.weight().value(), ref.weightBound(), ref.weight().status(), gapPercent, c.idleSlots(),
                    ref.gaps().status().equals("UNKNOWN") ? "none found" : String.valueOf(ref.gaps().value()),
                    ref.gaps().status(), row.peakHeapMb()));
        }
        Path out = Path.of("benchmarks", "RESULTS.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }
}
