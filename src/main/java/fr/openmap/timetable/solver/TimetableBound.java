package fr.openmap.timetable.solver;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An upper bound on the score of any plan of a problem, computed before solving: a plan that reaches
 * it is optimal, and the solve can stop there. Served: every structure that has a pair able to meet at
 * all. Changes to published meetings: none. Idle slots: none. Weight: a maximum-weight b-matching that
 * ignores which slot each meeting takes — a buyer meets at most as many structures as they have usable
 * slots (and their {@code maxMeetings}), a structure at most its representatives times its usable
 * slots (and its {@code maxMeetings}) — solved as a min-cost flow.
 *
 * @param unservable candidate structures that no pair can give a meeting (the served level's best)
 * @param weight     the b-matching's weight, at least any plan's
 */
public record TimetableBound(int unservable, long weight) {

    private static final String SOURCE = "source";
    private static final String SINK = "sink";

    public static TimetableBound of(TimetableSolution problem) {
        Map<String, Integer> buyerCapacity = new HashMap<>();
        for (PlannedBuyer buyer : problem.getBuyers()) {
            int usable = buyer.hasTable()
                    ? (int) problem.getSlots().stream().filter(slot -> !buyer.isUnavailableAt(slot)).count() : 0;
            buyerCapacity.put(buyer.getRef(), Math.min(usable, buyer.getMaxMeetings()));
        }
        Map<PlannedStructure, BitSet> structureSlots = new HashMap<>();
        List<MeetingAssignment> able = problem.getMeetings().stream()
                .filter(m -> !m.getCandidateSlots().isEmpty() && buyerCapacity.get(m.getBuyer().getRef()) > 0)
                .filter(m -> !(m.isPinned() && m.getSlot() == null)) // removed by the organizer
                .toList();
        for (MeetingAssignment meeting : able) {
            BitSet slots = structureSlots.computeIfAbsent(meeting.getStructure(), s -> new BitSet());
            meeting.getCandidateSlots().forEach(slot -> slots.set(slot.index()));
        }
        Set<PlannedStructure> servable = new HashSet<>(structureSlots.keySet());
        int unservable = (int) problem.getStructures().stream()
                .filter(s -> s.isCandidate() && !servable.contains(s)).count();
        return new TimetableBound(unservable, maxWeight(able, buyerCapacity, structureSlots));
    }

    /**
     * The b-matching as a flow from a source through buyers and pairs to structures and a sink. Every unit
     * either takes a pair, costing {@code top - weight}, or a bypass arc costing {@code top}: costs stay
     * non-negative, and the cheapest flow is the heaviest matching ({@code units * top - cost}).
     */
    private static long maxWeight(List<MeetingAssignment> able, Map<String, Integer> buyerCapacity,
                                  Map<PlannedStructure, BitSet> structureSlots) {
        if (able.isEmpty()) {
            return 0;
        }
        long top = able.stream().mapToLong(MeetingAssignment::getWeight).max().orElse(0) + 1;
        Graph<String, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> capacity = new HashMap<>();
        graph.addVertex(SOURCE);
        graph.addVertex(SINK);
        int units = 0;
        for (MeetingAssignment meeting : able) {
            String buyer = "b:" + meeting.getBuyer().getRef();
            String structure = "s:" + meeting.getStructure().getRef();
            if (graph.addVertex(buyer)) {
                int cap = buyerCapacity.get(meeting.getBuyer().getRef());
                arc(graph, capacity, SOURCE, buyer, cap, 0);
                units += cap;
            }
            if (graph.addVertex(structure)) {
                PlannedStructure s = meeting.getStructure();
                long cap = Math.min((long) s.getRepresentatives() * structureSlots.get(s).cardinality(), s.getMaxMeetings());
                arc(graph, capacity, structure, SINK, (int) Math.min(cap, Integer.MAX_VALUE), 0);
            }
            arc(graph, capacity, buyer, structure, 1, top - meeting.getWeight());
        }
        arc(graph, capacity, SOURCE, SINK, units, top);
        int supply = units;
        MinimumCostFlowProblem<String, DefaultWeightedEdge> flow = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> v.equals(SOURCE) ? supply : v.equals(SINK) ? -supply : 0, capacity::get);
        double cost = new CapacityScalingMinimumCostFlow<String, DefaultWeightedEdge>().getMinimumCostFlow(flow).getCost();
        return units * top - Math.round(cost);
    }

    private static void arc(Graph<String, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Integer> capacity,
                            String from, String to, int cap, long cost) {
        DefaultWeightedEdge edge = graph.addEdge(from, to);
        graph.setEdgeWeight(edge, cost);
        capacity.put(edge, cap);
    }

    /** The bound as a score under these rule weights (a rule switched off weighs nothing at its level). */
    public BendableLongScore score(SchedulingRules rules) {
        long[] soft = new long[TimetableConstraintConfiguration.SOFT_LEVELS];
        soft[Rule.Level.SERVED.index()] = -unservable * rules.effectiveWeight(Rule.STRUCTURE_WITHOUT_MEETING);
        soft[Rule.Level.WEIGHT.index()] = weight * rules.effectiveWeight(Rule.MEETING_WEIGHT);
        return BendableLongScore.of(new long[TimetableConstraintConfiguration.HARD_LEVELS], soft);
    }

    /** True when {@code score} is this bound's (or better, which a correct bound never allows). */
    public boolean reachedBy(BendableLongScore score, SchedulingRules rules) {
        return score != null && score.isSolutionInitialized() && score.compareTo(score(rules)) >= 0;
    }
}
