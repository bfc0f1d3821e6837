package fr.openmap.timetable.solver.benchmark;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.TimetableSolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The "strong exact solver" of the benchmark: the same problem as a CP-SAT model, solved
 * lexicographically (served, then weight with served fixed, then gaps with both fixed), each
 * level with its own time limit. Reports the best values found and CP-SAT's proven bounds.
 */
final class CpSatReference {

    record Level(long value, long bound, String status) {
        boolean optimal() {
            return status.equals("OPTIMAL");
        }
    }

    record Outcome(Level served, Level weight, Level gaps, long flowBound, double seconds) {
        /** The tightest proven upper bound on weight. */
        long weightBound() {
            return Math.min(weight.bound(), flowBound);
        }
    }

    private CpSatReference() {
    }

    static Outcome solve(TimetableSolution problem, double secondsPerLevel) {
        Loader.loadNativeLibraries();
        long started = System.nanoTime();
        CpModel model = new CpModel();
        Map<String, List<Literal>> byBuyerSlot = new HashMap<>();
        Map<String, List<Literal>> byStructureSlot = new HashMap<>();
        Map<String, List<Literal>> byBuyer = new HashMap<>();
        Map<PlannedStructure, List<Literal>> byStructure = new LinkedHashMap<>();
        // participant -> session -> slot index in session -> literals
        Map<String, Map<Integer, TreeMap<Integer, List<Literal>>>> occupancy = new HashMap<>();
        Map<String, Integer> sessionLength = new HashMap<>();
        for (Slot slot : problem.getSlots()) {
            sessionLength.merge("s" + slot.session(), slot.indexInSession() + 1, Math::max);
        }
        List<BoolVar> all = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (MeetingAssignment meeting : problem.getMeetings()) {
            List<Literal> own = new ArrayList<>();
            for (Slot slot : meeting.getCandidateSlots()) {
                BoolVar x = model.newBoolVar(meeting.getId() + "@" + slot.index());
                if (meeting.isPinned()) {
                    model.addEquality(x, slot.equals(meeting.getSlot()) ? 1 : 0);
                }
                own.add(x);
                all.add(x);
                weights.add((long) meeting.getWeight());
                String b = meeting.getBuyer().getRef();
                String s = meeting.getStructure().getRef();
                byBuyerSlot.computeIfAbsent(b + "@" + slot.index(), k -> new ArrayList<>()).add(x);
                byStructureSlot.computeIfAbsent(s + "@" + slot.index(), k -> new ArrayList<>()).add(x);
                byBuyer.computeIfAbsent(b, k -> new ArrayList<>()).add(x);
                byStructure.computeIfAbsent(meeting.getStructure(), k -> new ArrayList<>()).add(x);
                for (String participant : List.of("B:" + b, "S:" + s)) {
                    occupancy.computeIfAbsent(participant, k -> new HashMap<>())
                            .computeIfAbsent(slot.session(), k -> new TreeMap<>())
                            .computeIfAbsent(slot.indexInSession(), k -> new ArrayList<>()).add(x);
                }
            }
            if (!own.isEmpty()) {
                model.addAtMostOne(own);
            }
        }
        byBuyerSlot.values().forEach(model::addAtMostOne);
        Map<String, PlannedStructure> structures = new HashMap<>();
        problem.getStructures().forEach(s -> structures.put(s.getRef(), s));
        byStructureSlot.forEach((key, literals) -> {
            int representatives = structures.get(key.substring(0, key.indexOf('@'))).getRepresentatives();
            model.addLessOrEqual(LinearExpr.sum(literals.toArray(new Literal[0])), representatives);
        });
        problem.getBuyers().forEach(buyer -> {
            if (buyer.hasMaxMeetings() && byBuyer.containsKey(buyer.getRef())) {
                model.addLessOrEqual(LinearExpr.sum(byBuyer.get(buyer.getRef()).toArray(new Literal[0])),
                        buyer.getMaxMeetings());
            }
        });
        List<BoolVar> served = new ArrayList<>();
        byStructure.forEach((structure, literals) -> {
            if (structure.hasMaxMeetings()) {
                model.addLessOrEqual(LinearExpr.sum(literals.toArray(new Literal[0])), structure.getMaxMeetings());
            }
            BoolVar y = model.newBoolVar("served " + structure.getRef());
            model.addLessOrEqual(y, LinearExpr.sum(literals.toArray(new Literal[0])));
            served.add(y);
        });

        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(2);
        solver.getParameters().setMaxTimeInSeconds(secondsPerLevel);

        LinearExpr servedExpr = LinearExpr.sum(served.toArray(new Literal[0]));
        model.maximize(servedExpr);
        CpSolverStatus status = solver.solve(model);
        long servedValue = Math.round(solver.objectiveValue());
        Level servedLevel = new Level(servedValue, Math.round(solver.bestObjectiveBound()), status.name());
        model.addGreaterOrEqual(servedExpr, servedValue);
        hint(model, solver, all);

        long[] coefficients = weights.stream().mapToLong(Long::longValue).toArray();
        LinearExpr weightExpr = LinearExpr.weightedSum(all.toArray(new Literal[0]), coefficients);
        model.maximize(weightExpr);
        status = solver.solve(model);
        long weightValue = Math.round(solver.objectiveValue());
        Level weightLevel = new Level(weightValue, Math.round(solver.bestObjectiveBound()), status.name());
        model.addGreaterOrEqual(weightExpr, weightValue);
        hint(model, solver, all);

        LinearExprBuilder idleSum = LinearExpr.newBuilder();
        for (Map<Integer, TreeMap<Integer, List<Literal>>> sessions : occupancy.values()) {
            sessions.forEach((session, bySlot) -> {
                int length = sessionLength.get("s" + session);
                Literal[] occ = new Literal[length];
                for (int i = 0; i < length; i++) {
                    List<Literal> literals = bySlot.get(i);
                    if (literals == null) {
                        occ[i] = null;
                    } else if (literals.size() == 1) {
                        occ[i] = literals.get(0);
                    } else {
                        BoolVar o = model.newBoolVar("occ");
                        for (Literal l : literals) {
                            model.addImplication(l, o);
                        }
                        model.addLessOrEqual(o, LinearExpr.sum(literals.toArray(new Literal[0])));
                        occ[i] = o;
                    }
                }
                BoolVar[] before = new BoolVar[length];
                BoolVar[] after = new BoolVar[length];
                for (int i = 0; i < length; i++) {
                    before[i] = model.newBoolVar("before");
                    if (i > 0) {
                        model.addImplication(before[i - 1], before[i]);
                        if (occ[i - 1] != null) {
                            model.addImplication(occ[i - 1], before[i]);
                        }
                    }
                }
                for (int i = length - 1; i >= 0; i--) {
                    after[i] = model.newBoolVar("after");
                    if (i < length - 1) {
                        model.addImplication(after[i + 1], after[i]);
                        if (occ[i + 1] != null) {
                            model.addImplication(occ[i + 1], after[i]);
                        }
                    }
                }
                for (int i = 1; i < length - 1; i++) {
                    BoolVar idle = model.newBoolVar("idle");
                    // idle >= before + after - occ - 1
                    LinearExprBuilder rhs = LinearExpr.newBuilder().add(before[i]).add(after[i]).add(-1);
                    if (occ[i] != null) {
                        rhs.addTerm(occ[i], -1);
                    }
                    model.addGreaterOrEqual(idle, rhs);
                    idleSum.add(idle);
                }
            });
        }
        model.minimize(idleSum);
        status = solver.solve(model);
        Level gapsLevel = new Level(Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()),
                status.name());
        long flowBound = flowBound(problem, servedValue, secondsPerLevel);
        return new Outcome(servedLevel, weightLevel, gapsLevel, flowBound, (System.nanoTime() - started) / 1e9);
    }

    /** Only the b-matching weight bound, for quick tuning runs ({@code -Dbenchmark.cpsatSeconds=0}). */
    static Outcome boundOnly(TimetableSolution problem, long served) {
        Loader.loadNativeLibraries();
        Level none = new Level(-1, Long.MAX_VALUE, "SKIPPED");
        return new Outcome(none, none, none, flowBound(problem, served, 30), 0);
    }

    /**
     * Upper bound on weight that ignores which slot each meeting takes: a buyer meets at most as many
     * structures as they have usable slots (and their cap), a structure at most representatives times
     * its usable slots (and its cap), with at least {@code served} structures served. It is a
     * b-matching, so CP-SAT solves it at once; by König's edge-colouring theorem it is exact when
     * nobody is unavailable, every structure sends one person and there is one session.
     */
    static long flowBound(TimetableSolution problem, long served, double seconds) {
        CpModel model = new CpModel();
        Map<String, List<Literal>> byBuyer = new HashMap<>();
        Map<String, Integer> buyerSlots = new HashMap<>();
        Map<PlannedStructure, List<Literal>> byStructure = new LinkedHashMap<>();
        Map<PlannedStructure, java.util.Set<Integer>> structureSlots = new HashMap<>();
        List<Literal> all = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (MeetingAssignment meeting : problem.getMeetings()) {
            if (meeting.getCandidateSlots().isEmpty()) {
                continue;
            }
            BoolVar z = model.newBoolVar(meeting.getId());
            if (meeting.isPinned()) {
                model.addEquality(z, 1);
            }
            all.add(z);
            weights.add((long) meeting.getWeight());
            byBuyer.computeIfAbsent(meeting.getBuyer().getRef(), k -> new ArrayList<>()).add(z);
            byStructure.computeIfAbsent(meeting.getStructure(), k -> new ArrayList<>()).add(z);
            java.util.Set<Integer> usable = structureSlots.computeIfAbsent(meeting.getStructure(),
                    k -> new java.util.HashSet<>());
            meeting.getCandidateSlots().forEach(slot -> usable.add(slot.index()));
        }
        for (var buyer : problem.getBuyers()) {
            List<Literal> literals = byBuyer.get(buyer.getRef());
            if (literals != null) {
                long usable = problem.getSlots().stream().filter(slot -> !buyer.isUnavailableAt(slot)).count();
                model.addLessOrEqual(LinearExpr.sum(literals.toArray(new Literal[0])),
                        Math.min(usable, buyer.getMaxMeetings()));
            }
        }
        List<Literal> servedLiterals = new ArrayList<>();
        byStructure.forEach((structure, literals) -> {
            long capacity = (long) structure.getRepresentatives() * structureSlots.get(structure).size();
            model.addLessOrEqual(LinearExpr.sum(literals.toArray(new Literal[0])),
                    Math.min(capacity, structure.getMaxMeetings()));
            BoolVar y = model.newBoolVar("served");
            model.addLessOrEqual(y, LinearExpr.sum(literals.toArray(new Literal[0])));
            servedLiterals.add(y);
        });
        model.addGreaterOrEqual(LinearExpr.sum(servedLiterals.toArray(new Literal[0])), served);
        model.maximize(LinearExpr.weightedSum(all.toArray(new Literal[0]),
                weights.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(2);
        solver.getParameters().setMaxTimeInSeconds(seconds);
        solver.solve(model);
        return Math.round(solver.bestObjectiveBound());
    }

    private static void hint(CpModel model, CpSolver solver, List<BoolVar> variables) {
        model.clearHints();
        for (BoolVar x : variables) {
            model.addHint(x, solver.value(x));
        }
    }
}
