package fr.openmap.timetable.solver;

/**
 * A (buyer, structure) pair with at least one request between them, declined or not: what the
 * result must account for, met or not.
 *
 * @param bestPriority    the smallest priority among the pair's non-declined requests, 0 if none
 * @param declinedByBuyer a request from the structure to the buyer was declined
 * @param declinedByStructure a request from the buyer to the structure was declined
 */
public record RequestedPair(PairKey key, int weight, int bestPriority, boolean declinedByBuyer,
                            boolean declinedByStructure) {

    public boolean declined() {
        return declinedByBuyer || declinedByStructure;
    }
}
