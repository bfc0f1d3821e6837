package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Does this meeting fit? The hard rules of {@link Rule} checked for one meeting, against the
 * meetings already placed in this ledger: a table for the buyer, both sides available (a structure
 * whose pitch is SELECTED is not, while the pitches run), one meeting at a time for a buyer, no more
 * at once than a structure's representatives, and both sides' {@code maxMeetings}.
 * <p>
 * One home for these checks outside the score: the problem factory keeps a previous meeting only
 * where it fits, and a booking is refused, naming the rule, where it does not.
 * {@link TimetableConstraintProvider} scores the same rules over a whole plan.
 */
public final class Occupancy {

    private final Map<String, Integer> buyerMeetingsAtSlot = new HashMap<>();
    private final Map<String, Integer> structureMeetingsAtSlot = new HashMap<>();
    private final Map<String, Integer> buyerMeetings = new HashMap<>();
    private final Map<String, Integer> structureMeetings = new HashMap<>();

    /** Takes the room of a meeting placed (or booked) at the slot. */
    public void add(String buyerRef, String structureRef, Slot slot) {
        buyerMeetingsAtSlot.merge(at(buyerRef, slot), 1, Integer::sum);
        structureMeetingsAtSlot.merge(at(structureRef, slot), 1, Integer::sum);
        buyerMeetings.merge(buyerRef, 1, Integer::sum);
        structureMeetings.merge(structureRef, 1, Integer::sum);
    }

    public void add(MeetingAssignment meeting) {
        add(meeting.getBuyer().getRef(), meeting.getStructure().getRef(), meeting.getSlot());
    }

    public boolean fits(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        return brokenRule(buyer, structure, slot) == null;
    }

    /** The first hard rule the meeting would break next to the meetings already added, if any. */
    public Optional<Rule> broken(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        return Optional.ofNullable(brokenRule(buyer, structure, slot));
    }

    /**
     * True when the rules that do not depend on other meetings allow the meeting: the buyer has a
     * table and both sides are available at the slot (the solver's candidate slots).
     */
    public static boolean fitsAlone(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        return brokenAlone(buyer, structure, slot) == null;
    }

    /**
     * The refusal as a sentence in plain words ending with the rule's name, e.g. "structure S05 has
     * 1 representative and is already in a meeting at 10:30 (rule: structureOverbooked)".
     */
    public String explain(Rule rule, PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        String b = "buyer " + buyer.getRef();
        String s = "structure " + structure.getRef();
        String reason = switch (rule) {
            case BUYER_WITHOUT_TABLE -> b + " has no table: every table is given to another buyer";
            case BUYER_UNAVAILABLE -> b + " is not available at " + slot.start();
            case STRUCTURE_UNAVAILABLE -> structure.isPitchingAt(slot)
                    ? s + " is selected to pitch and pitches during the slot at " + slot.start()
                    : s + " is not available at " + slot.start();
            case BUYER_DOUBLE_BOOKED -> b + " is already in a meeting at " + slot.start();
            case STRUCTURE_OVERBOOKED -> {
                int reps = structure.getRepresentatives();
                yield reps == 1 ? s + " has 1 representative and is already in a meeting at " + slot.start()
                        : s + " has " + reps + " representatives and already has "
                        + count(structureMeetingsAtSlot, at(structure.getRef(), slot)) + " meetings at " + slot.start();
            }
            case BUYER_OVER_MAX_MEETINGS -> b + " already has " + meetings(buyerMeetings, buyer.getRef())
                    + ", their maxMeetings is " + buyer.getMaxMeetings();
            case STRUCTURE_OVER_MAX_MEETINGS -> s + " already has " + meetings(structureMeetings, structure.getRef())
                    + ", its maxMeetings is " + structure.getMaxMeetings();
            default -> b + " and " + s + " cannot meet at " + slot.start();
        };
        return reason + " (rule: " + rule.id() + ")";
    }

    private Rule brokenRule(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        Rule alone = brokenAlone(buyer, structure, slot);
        if (alone != null) {
            return alone;
        }
        if (count(buyerMeetingsAtSlot, at(buyer.getRef(), slot)) > 0) {
            return Rule.BUYER_DOUBLE_BOOKED;
        }
        if (count(structureMeetingsAtSlot, at(structure.getRef(), slot)) >= structure.getRepresentatives()) {
            return Rule.STRUCTURE_OVERBOOKED;
        }
        if (count(buyerMeetings, buyer.getRef()) >= buyer.getMaxMeetings()) {
            return Rule.BUYER_OVER_MAX_MEETINGS;
        }
        if (count(structureMeetings, structure.getRef()) >= structure.getMaxMeetings()) {
            return Rule.STRUCTURE_OVER_MAX_MEETINGS;
        }
        return null;
    }

    private static Rule brokenAlone(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        if (!buyer.hasTable()) {
            return Rule.BUYER_WITHOUT_TABLE;
        }
        if (buyer.isUnavailableAt(slot)) {
            return Rule.BUYER_UNAVAILABLE;
        }
        if (structure.isUnavailableAt(slot)) {
            return Rule.STRUCTURE_UNAVAILABLE;
        }
        return null;
    }

    private static String at(String ref, Slot slot) {
        return ref + "@" + slot.index();
    }

    private static int count(Map<String, Integer> counts, String key) {
        return counts.getOrDefault(key, 0);
    }

    private static String meetings(Map<String, Integer> counts, String ref) {
        int n = count(counts, ref);
        return n + (n == 1 ? " meeting" : " meetings");
    }
}
