package fr.openmap.timetable.solver;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.BitSet;
import java.util.List;

/** Small fixed planning objects for constraint tests. */
public final class Fixtures {

    public static final LocalDate DATE = LocalDate.of(2018, 5, 17);
    /** Two sessions: 11:00-12:00 (slots 0..4) and 14:00-14:36 (slots 5..7), 10 + 2 minutes. */
    public static final List<Slot> SLOTS = Slots.of(List.of(
            new ProgrammeItemData(ProgrammeKind.NETWORKING, "morning", DATE, LocalTime.of(11, 0), LocalTime.of(12, 0), 10, 2),
            new ProgrammeItemData(ProgrammeKind.NETWORKING, "afternoon", DATE, LocalTime.of(14, 0), LocalTime.of(14, 36), 10, 2)));

    private Fixtures() {
    }

    public static Slot slot(int index) {
        return SLOTS.get(index);
    }

    public static BitSet bits(int... indexes) {
        BitSet set = new BitSet();
        for (int index : indexes) {
            set.set(index);
        }
        return set;
    }

    public static PlannedBuyer buyer(String ref) {
        return new PlannedBuyer(ref, "1", Integer.MAX_VALUE, new BitSet());
    }

    public static PlannedStructure structure(String ref, int representatives) {
        return new PlannedStructure(ref, representatives, Integer.MAX_VALUE, new BitSet(), new BitSet(), 1);
    }

    public static MeetingAssignment meeting(PlannedBuyer buyer, PlannedStructure structure, Integer slotIndex) {
        return meeting(buyer, structure, 3, slotIndex);
    }

    public static MeetingAssignment meeting(PlannedBuyer buyer, PlannedStructure structure, int weight, Integer slotIndex) {
        MeetingAssignment meeting = new MeetingAssignment(buyer, structure, weight, SLOTS);
        meeting.setSlot(slotIndex == null ? null : slot(slotIndex));
        return meeting;
    }
}
