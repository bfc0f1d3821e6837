package fr.openmap.timetable.solver;

import java.util.Objects;

/** Identifies a (buyer, structure) pair by the participants' refs. */
public record PairKey(String buyerRef, String structureRef) implements Comparable<PairKey> {

    public PairKey {
        Objects.requireNonNull(buyerRef, "buyerRef");
        Objects.requireNonNull(structureRef, "structureRef");
    }

    @Override
    public int compareTo(PairKey other) {
        int byBuyer = buyerRef.compareTo(other.buyerRef);
        return byBuyer != 0 ? byBuyer : structureRef.compareTo(other.structureRef);
    }

    @Override
    public String toString() {
        return buyerRef + "/" + structureRef;
    }
}
