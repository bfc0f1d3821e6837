package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Does this meeting fit? The hard rules of {@link Rule} checked for one meeting, against the
 * meetings already placed in this ledger: a table for the buyer, both sides available (a structure
 * whose pitch is SELECTED is not, while the pitches run), one meeting at a time for a buyer, no more
 * at once than a structure's representatives, and both sides' {@code maxMeetings}.
 * <p>
 * One home for these checks outside the score: the problem factory keeps a previous meeting only
 * where it fits, a booking (through the API or in an event file) is refused, naming the rule, where
 * it does not, and a requested pair left out of a plan is explained by the rules its slots break.
 * The moves keep their own incremental index but take the limits from {@link #atOnce} and
 * {@code maxMeetings}; {@link TimetableConstraintProvider} scores the same rules over a whole plan.
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
        return check(buyer, structure, slot).isEmpty();
    }

    /** The first hard rule the meeting would break next to the meetings already added, if any. */
    public Optional<Rule> broken(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        return check(buyer, structure, slot).stream().findFirst();
    }

    /** Every hard rule the meeting would break next to the meetings already added, the first one first. */
    public List<Rule> brokenRules(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        return check(buyer, structure, slot);
    }

    /** How many meetings a buyer holds at one slot at the most: one at a time. */
    public static int atOnce(PlannedBuyer buyer) {
        return 1;
    }

    /** How many meetings a structure holds at one slot at the most: as many as it sends representatives. */
    public static int atOnce(PlannedStructure structure) {
        return structure.getRepresentatives();
    }

    /** Whether the structure would be available at the slot but for its pitch (it is selected and pitches then). */
    public static boolean onlyPitchingAt(PlannedStructure structure, Slot slot) {
        return structure.isPitchingAt(slot) && !structure.getUnavailableSlots().get(slot.index());
    }

    /**
     * True when the rules that do not depend on other meetings allow the meeting: the buyer has a
     * table and both sides are available at the slot (the solver's candidate slots).
     */
    public static boolean fitsAlone(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        List<Rule> broken = new ArrayList<>(0);
        checkAlone(broken, buyer, structure, slot);
        return broken.isEmpty();
    }

    /**
     * The refusal as a sentence in plain words ending with the rule's name, e.g. "structure S05 has
     * 1 representative and is already in a meeting at 10:30 (rule: structureOverbooked)".
     */
    public Text explain(Rule rule, PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        String b = buyer.getRef();
        String s = structure.getRef();
        String en = DateTimeFormats.shortTime(slot.start(), Language.EN);
        String fr = DateTimeFormats.shortTime(slot.start(), Language.FR);
        Text reason = switch (rule) {
            case BUYER_WITHOUT_TABLE -> Text.of("buyer " + b + " has no table: every table is given to another buyer",
                    "l'acheteur " + b + " n'a pas de table : chaque table est attribuée à un autre acheteur");
            case BUYER_UNAVAILABLE -> Text.of("buyer " + b + " is not available at " + en,
                    "l'acheteur " + b + " n'est pas disponible à " + fr);
            case STRUCTURE_UNAVAILABLE -> onlyPitchingAt(structure, slot)
                    ? Text.of("structure " + s + " is selected to pitch and pitches during the slot at " + en,
                            "la structure " + s + " est retenue pour pitcher et pitche pendant le créneau de " + fr)
                    : Text.of("structure " + s + " is not available at " + en,
                            "la structure " + s + " n'est pas disponible à " + fr);
            case BUYER_DOUBLE_BOOKED -> Text.of("buyer " + b + " is already in a meeting at " + en,
                    "l'acheteur " + b + " a déjà un rendez-vous à " + fr);
            case STRUCTURE_OVERBOOKED -> {
                int reps = atOnce(structure);
                int now = count(structureMeetingsAtSlot, at(s, slot));
                yield reps == 1
                        ? Text.of("structure " + s + " has 1 representative and is already in a meeting at " + en,
                                "la structure " + s + " a 1 représentant et a déjà un rendez-vous à " + fr)
                        : Text.of("structure " + s + " has " + reps + " representatives and already has " + now
                                        + " meetings at " + en,
                                "la structure " + s + " a " + reps + " représentants et a déjà " + now + " rendez-vous à " + fr);
            }
            case BUYER_OVER_MAX_MEETINGS -> {
                int n = count(buyerMeetings, b);
                yield Text.of("buyer " + b + " already has " + n + (n == 1 ? " meeting" : " meetings")
                                + ", their maxMeetings is " + buyer.getMaxMeetings(),
                        "l'acheteur " + b + " a déjà " + n + " rendez-vous, son maximum (maxMeetings) est de "
                                + buyer.getMaxMeetings());
            }
            case STRUCTURE_OVER_MAX_MEETINGS -> {
                int n = count(structureMeetings, s);
                yield Text.of("structure " + s + " already has " + n + (n == 1 ? " meeting" : " meetings")
                                + ", its maxMeetings is " + structure.getMaxMeetings(),
                        "la structure " + s + " a déjà " + n + " rendez-vous, son maximum (maxMeetings) est de "
                                + structure.getMaxMeetings());
            }
            default -> Text.of("buyer " + b + " and structure " + s + " cannot meet at " + en,
                    "l'acheteur " + b + " et la structure " + s + " ne peuvent pas se rencontrer à " + fr);
        };
        return Text.of(reason.english() + " (rule: " + rule.id() + ")", reason.french() + " (règle : " + rule.id() + ")");
    }

    /** Every rule broken, in the order a refusal tells them. */
    private List<Rule> check(PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        List<Rule> broken = new ArrayList<>(2);
        checkAlone(broken, buyer, structure, slot);
        if (count(buyerMeetingsAtSlot, at(buyer.getRef(), slot)) >= atOnce(buyer)) {
            broken.add(Rule.BUYER_DOUBLE_BOOKED);
        }
        if (count(structureMeetingsAtSlot, at(structure.getRef(), slot)) >= atOnce(structure)) {
            broken.add(Rule.STRUCTURE_OVERBOOKED);
        }
        if (count(buyerMeetings, buyer.getRef()) >= buyer.getMaxMeetings()) {
            broken.add(Rule.BUYER_OVER_MAX_MEETINGS);
        }
        if (count(structureMeetings, structure.getRef()) >= structure.getMaxMeetings()) {
            broken.add(Rule.STRUCTURE_OVER_MAX_MEETINGS);
        }
        return broken;
    }

    /** The rules that do not depend on other meetings: a table, both sides available. */
    private static void checkAlone(List<Rule> broken, PlannedBuyer buyer, PlannedStructure structure, Slot slot) {
        if (!buyer.hasTable()) {
            broken.add(Rule.BUYER_WITHOUT_TABLE);
        }
        if (buyer.isUnavailableAt(slot)) {
            broken.add(Rule.BUYER_UNAVAILABLE);
        }
        if (structure.isUnavailableAt(slot)) {
            broken.add(Rule.STRUCTURE_UNAVAILABLE);
        }
    }

    private static String at(String ref, Slot slot) {
        return ref + "@" + slot.index();
    }

    private static int count(Map<String, Integer> counts, String key) {
        return counts.getOrDefault(key, 0);
    }

}
