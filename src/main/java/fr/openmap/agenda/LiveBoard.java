package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.registration.Approval;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the screen at the venue shows at a given moment, from the published agendas only: the slot under way
 * (or the next one), and at each table the two names that meet there. Names of organizations only, nothing
 * personal: the room sees it.
 */
@ApplicationScoped
public class LiveBoard {

    @Inject
    AgendaPublications publications;

    /** Where the networking stands: not begun, under way (a slot or a changeover), over; or no agenda sent yet. */
    public enum Phase { NOTHING_PUBLISHED, BEFORE, DURING, AFTER }

    /** One table of a round: who meets whom there. */
    public record Pairing(String table, String buyer, String structure) {
    }

    /** One slot and its meetings, by table. */
    public record Round(LocalDate date, LocalTime start, LocalTime end, List<Pairing> pairings) {
    }

    /**
     * The board at one moment ({@code localTime}, in the event's time zone); {@code current} null outside a slot,
     * {@code next} null from the last one on.
     */
    public record Board(String title, Phase phase, Round current, Round next, LocalTime localTime) {
    }

    /** The board of the event with this slug at {@code now}, in the event's own time zone; 404 when none. */
    @Transactional
    public Board at(String slug, Instant now) {
        Event event = Event.findBySlug(slug).orElseThrow(() -> RegistrationService.noEventCalled(slug));
        LocalDateTime here = LocalDateTime.ofInstant(now, ZoneId.of(event.timezone));
        List<Round> rounds = rounds(event);
        if (rounds.isEmpty()) {
            return new Board(event.title, Phase.NOTHING_PUBLISHED, null, null, here.toLocalTime());
        }
        Round current = rounds.stream()
                .filter(r -> !here.isBefore(r.date.atTime(r.start)) && here.isBefore(r.date.atTime(r.end)))
                .findFirst().orElse(null);
        Round next = rounds.stream().filter(r -> here.isBefore(r.date.atTime(r.start))).findFirst().orElse(null);
        Round first = rounds.get(0);
        Phase phase = here.isBefore(first.date.atTime(first.start)) ? Phase.BEFORE
                : current == null && next == null ? Phase.AFTER : Phase.DURING;
        return new Board(event.title, phase, current, next, here.toLocalTime());
    }

    /** The published meetings grouped by slot, in time order, each slot's tables in their natural order. */
    private List<Round> rounds(Event event) {
        Map<String, String> names = new HashMap<>();
        Buyer.<Buyer>list("event = ?1 and approval = ?2", event, Approval.APPROVED).forEach(b -> name(names, b));
        Structure.<Structure>list("event = ?1 and approval = ?2", event, Approval.APPROVED).forEach(s -> name(names, s));
        Map<LocalDateTime, List<PublishedMeeting>> bySlot = new TreeMap<>();
        publications.everyMeeting(event).stream()
                .filter(m -> names.containsKey(m.buyer()) && names.containsKey(m.structure()))
                .forEach(m -> bySlot.computeIfAbsent(m.date().atTime(m.start()), k -> new java.util.ArrayList<>()).add(m));
        return bySlot.values().stream().map(meetings -> {
            PublishedMeeting any = meetings.get(0);
            List<Pairing> pairings = meetings.stream()
                    .sorted(Comparator.comparing(PublishedMeeting::table, LiveBoard::tableOrder))
                    .map(m -> new Pairing(m.table(), names.get(m.buyer()), names.get(m.structure()))).toList();
            return new Round(any.date(), any.start(), any.end(), pairings);
        }).toList();
    }

    private static void name(Map<String, String> names, Participant p) {
        names.put(p.ref, p.displayName());
    }

    /** Table "2" before table "10"; names that are not numbers after, alphabetically. */
    private static int tableOrder(String a, String b) {
        boolean an = a.matches("\\d{1,9}");
        boolean bn = b.matches("\\d{1,9}");
        if (an && bn) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return an ? -1 : bn ? 1 : a.compareTo(b);
    }
}
