package fr.openmap.web.console.timetable;

import fr.openmap.event.Slot;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.timetable.ScheduledMeeting;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The current timetable as two readable grids, one per buyer and one per structure: a row per participant,
 * a column per slot, each cell the other side of the meeting with its priority and whether it was booked.
 */
public final class TimetableGrids {

    /** A grid: its columns (the slots) and its rows. */
    public record Grid(List<String> columns, List<Row> rows) {
    }

    /** One participant's row: who, where (a buyer's table, or null), and a cell per slot. */
    public record Row(String ref, String name, String table, List<Cell> cells) {
    }

    /** One cell; {@code name} null when the slot is free; {@code priority} 0 when the pair has no open request. */
    public record Cell(String name, String table, int priority, boolean booked, boolean pinned) {
        static final Cell FREE = new Cell(null, null, 0, false, false);

        public boolean taken() {
            return name != null;
        }
    }

    private TimetableGrids() {
    }

    /** The slots as column headings: "11 h 00" in French, the date before the time when the event spans days. */
    static List<String> columns(List<Slot> slots, Language language) {
        boolean severalDays = slots.stream().map(Slot::date).distinct().count() > 1;
        return slots.stream().map(s -> (severalDays ? DateTimeFormats.fullDate(s.date(), language) + " " : "")
                + DateTimeFormats.shortTime(s.start(), language)).toList();
    }

    /** Rows per buyer (those {@code shown}), cells naming the structure met. */
    static Grid byBuyer(List<Slot> slots, List<Buyer> buyers, List<ScheduledMeeting> meetings,
                        Map<String, Integer> priorities, Language language, Function<Buyer, Boolean> shown) {
        Map<String, ScheduledMeeting> at = index(meetings, m -> m.buyer.ref);
        List<Row> rows = buyers.stream().filter(shown::apply).map(b -> {
            String table = b.table != null ? b.table : meetings.stream().filter(m -> m.buyer.id.equals(b.id))
                    .map(m -> m.table).filter(Objects::nonNull).findFirst().orElse(null);
            List<Cell> cells = slots.stream().map(s -> {
                ScheduledMeeting m = at.get(key(b.ref, s.startDateTime()));
                return m == null ? Cell.FREE : new Cell(m.structure.name, null,
                        priorities.getOrDefault(pair(m), 0), m.booked, m.pinned);
            }).toList();
            return new Row(b.ref, b.organization, table, cells);
        }).toList();
        return new Grid(columns(slots, language), rows);
    }

    /** Rows per structure (those {@code shown}), cells naming the buyer met and the table. */
    static Grid byStructure(List<Slot> slots, List<Structure> structures, List<ScheduledMeeting> meetings,
                            Map<String, Integer> priorities, Language language, Function<Structure, Boolean> shown) {
        Map<String, ScheduledMeeting> at = index(meetings, m -> m.structure.ref);
        List<Row> rows = structures.stream().filter(shown::apply).map(s -> {
            List<Cell> cells = slots.stream().map(slot -> {
                ScheduledMeeting m = at.get(key(s.ref, slot.startDateTime()));
                return m == null ? Cell.FREE : new Cell(m.buyer.organization, m.table,
                        priorities.getOrDefault(pair(m), 0), m.booked, m.pinned);
            }).toList();
            return new Row(s.ref, s.name, null, cells);
        }).toList();
        return new Grid(columns(slots, language), rows);
    }

    /**
     * The priority a pair's cell is coloured by: the highest (smallest number) of its requests not declined, as
     * the solver weighs it; keyed by {@link #pair(String, String)}.
     */
    static Map<String, Integer> priorities(List<MeetingRequest> requests) {
        Map<String, Integer> best = new HashMap<>();
        for (MeetingRequest r : requests) {
            if (r.status != RequestStatus.DECLINED) {
                best.merge(pair(r.buyer.ref, r.structure.ref), r.priority, Math::min);
            }
        }
        return best;
    }

    static String pair(String buyerRef, String structureRef) {
        return buyerRef + "/" + structureRef;
    }

    private static String pair(ScheduledMeeting m) {
        return pair(m.buyer.ref, m.structure.ref);
    }

    private static Map<String, ScheduledMeeting> index(List<ScheduledMeeting> meetings,
                                                       Function<ScheduledMeeting, String> who) {
        Map<String, ScheduledMeeting> at = new HashMap<>();
        meetings.forEach(m -> at.put(key(who.apply(m), m.date.atTime(m.start)), m));
        return at;
    }

    private static String key(String ref, LocalDateTime start) {
        return ref + "@" + start;
    }
}
