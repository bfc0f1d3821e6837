package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.util.BitSet;

/** A structure as the solver sees it: representatives, meeting cap, unavailable and pitching slots. */
public class PlannedStructure {

    @PlanningId
    private String ref;
    private int representatives;
    private int maxMeetings;
    private BitSet unavailableSlots;
    /** Slots overlapping a PITCHES item while the structure's pitch is SELECTED. */
    private BitSet pitchingSlots;
    /** How many candidate pairs the structure is part of; with none it cannot be served. */
    private int candidatePairCount;

    public PlannedStructure() {
    }

    public PlannedStructure(String ref, int representatives, int maxMeetings, BitSet unavailableSlots,
                            BitSet pitchingSlots, int candidatePairCount) {
        this.ref = ref;
        this.representatives = representatives;
        this.maxMeetings = maxMeetings;
        this.unavailableSlots = unavailableSlots;
        this.pitchingSlots = pitchingSlots;
        this.candidatePairCount = candidatePairCount;
    }

    public boolean isUnavailableAt(Slot slot) {
        return unavailableSlots.get(slot.index()) || pitchingSlots.get(slot.index());
    }

    public boolean isPitchingAt(Slot slot) {
        return pitchingSlots.get(slot.index());
    }

    public boolean hasMaxMeetings() {
        return maxMeetings != Integer.MAX_VALUE;
    }

    public String getRef() {
        return ref;
    }

    public int getRepresentatives() {
        return representatives;
    }

    public int getMaxMeetings() {
        return maxMeetings;
    }

    public BitSet getUnavailableSlots() {
        return unavailableSlots;
    }

    public BitSet getPitchingSlots() {
        return pitchingSlots;
    }

    public boolean isCandidate() {
        return candidatePairCount > 0;
    }

    public int getCandidatePairCount() {
        return candidatePairCount;
    }

    @Override
    public String toString() {
        return ref;
    }
}
