package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.util.BitSet;

/** A buyer as the solver sees it: table, meeting cap and the slots they cannot attend. */
public class PlannedBuyer {

    @PlanningId
    private String ref;
    /** Null when every table was already taken: such a buyer cannot meet anyone. */
    private String table;
    private int maxMeetings;
    private BitSet unavailableSlots;

    public PlannedBuyer() {
    }

    public PlannedBuyer(String ref, String table, int maxMeetings, BitSet unavailableSlots) {
        this.ref = ref;
        this.table = table;
        this.maxMeetings = maxMeetings;
        this.unavailableSlots = unavailableSlots;
    }

    public boolean isUnavailableAt(Slot slot) {
        return unavailableSlots.get(slot.index());
    }

    public boolean hasTable() {
        return table != null;
    }

    public boolean hasMaxMeetings() {
        return maxMeetings != Integer.MAX_VALUE;
    }

    public String getRef() {
        return ref;
    }

    public String getTable() {
        return table;
    }

    public int getMaxMeetings() {
        return maxMeetings;
    }

    public BitSet getUnavailableSlots() {
        return unavailableSlots;
    }

    @Override
    public String toString() {
        return ref;
    }
}
