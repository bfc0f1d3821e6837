package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * One candidate (buyer, structure) pair; the solver gives it a slot, or none when the pair
 * does not meet. Booked meetings are pinned; a meeting already sent in an agenda remembers its
 * published slot, so that moving or cancelling it costs (see {@link Rule#PUBLISHED_MEETING_CHANGED}).
 */
@PlanningEntity(difficultyComparatorClass = MeetingDifficultyComparator.class)
public class MeetingAssignment {

    public static final String SLOT = "slot";

    @PlanningId
    private String id;
    private PlannedBuyer buyer;
    private PlannedStructure structure;
    /** Sum of {@code 4 - priority} over the pair's non-declined requests. */
    private int weight;
    /** Slots where both are available (and, for a pinned meeting, its own slot). */
    private List<Slot> candidateSlots;
    private PinSource pinSource = PinSource.NONE;
    /** True when the pair's meeting was sent in an agenda; {@code publishedSlot} is null when that slot is gone. */
    private boolean published;
    private Slot publishedSlot;

    @PlanningVariable(valueRangeProviderRefs = "candidateSlots", nullable = true)
    private Slot slot;

    public MeetingAssignment() {
    }

    public MeetingAssignment(PlannedBuyer buyer, PlannedStructure structure, int weight, List<Slot> candidateSlots) {
        this.id = buyer.getRef() + "/" + structure.getRef();
        this.buyer = buyer;
        this.structure = structure;
        this.weight = weight;
        this.candidateSlots = candidateSlots;
    }

    /** Pins the meeting at the given slot. */
    public void pinAt(Slot pinnedSlot, PinSource source) {
        this.slot = pinnedSlot;
        this.pinSource = source;
    }

    /** Adds a slot a pin holds the meeting at, outside the slots where both are available. */
    public void widenCandidateSlots(List<Slot> slots) {
        this.candidateSlots = slots;
    }

    /** Marks the meeting as published at {@code slot} (null: a slot the programme no longer has). */
    public void publishedAt(Slot slot) {
        this.published = true;
        this.publishedSlot = slot;
    }

    public boolean isPublished() {
        return published;
    }

    public Slot getPublishedSlot() {
        return publishedSlot;
    }

    /** What changing a published meeting costs: 0 where it stays, 1 moved, 2 cancelled (moving is the lesser harm). */
    public int publishedChangeCost() {
        if (!published || (slot != null && slot.equals(publishedSlot))) {
            return 0;
        }
        return slot == null ? 2 : 1;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinSource != PinSource.NONE;
    }

    @ValueRangeProvider(id = "candidateSlots")
    public List<Slot> getCandidateSlots() {
        return candidateSlots;
    }

    public boolean canTake(Slot value) {
        return value == null || candidateSlots.contains(value);
    }

    public PairKey pairKey() {
        return new PairKey(buyer.getRef(), structure.getRef());
    }

    public String getId() {
        return id;
    }

    public PlannedBuyer getBuyer() {
        return buyer;
    }

    public PlannedStructure getStructure() {
        return structure;
    }

    public int getWeight() {
        return weight;
    }

    public PinSource getPinSource() {
        return pinSource;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    /** Session-local position of the slot, for gap counting; only call on assigned meetings. */
    public int slotIndexInSession() {
        return slot.indexInSession();
    }

    public int slotSession() {
        return slot.session();
    }

    @Override
    public String toString() {
        return id + "@" + (slot == null ? "-" : slot.index());
    }
}
