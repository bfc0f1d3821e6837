package fr.openmap.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.MessageBody;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.agenda.AgendaMail.AgendaView;
import fr.openmap.agenda.AgendaMail.MeetingLine;
import fr.openmap.agenda.AgendaMail.MovedLine;
import fr.openmap.agenda.AgendaMail.ProgrammeLine;
import fr.openmap.agenda.AgendaMail.Templates;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.validation.NotFoundException;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Publishes an event's current timetable as personal agendas: one outbox message per participant
 * the first time, then only to the participants whose meetings changed ("agenda changed", saying
 * what changed). What each participant was sent is kept in {@link AgendaPublication}.
 */
@ApplicationScoped
public class AgendaService {

    public static final String AGENDA = "AGENDA";
    public static final String AGENDA_CHANGED = "AGENDA_CHANGED";

    /** Times inside the calendar file's description: a technical format, the same in every language. */
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final TypeReference<List<PublishedMeeting>> MEETINGS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;
    @Inject
    EventService events;
    @Inject
    PersonalLinks links;
    @Inject
    Outbox outbox;

    /** One rendered agenda message, before it becomes an outbox row: its bodies say where the token goes. */
    public record Composed(String ref, String kind, String subject, MessageBody text, MessageBody html, String ics) {
    }

    /**
     * In one transaction: writes an outbox message for every participant whose agenda was never
     * sent or whose meetings changed since, and records what they were sent. Returns how many.
     * The event row is locked so two concurrent sends cannot both write the same change.
     */
    @Transactional
    public int publish(long eventId) {
        Event event = events.lock(eventId);
        Timetable timetable = Timetable.of(event);
        Map<String, AgendaPublication> published = AgendaPublication.<AgendaPublication>list("event", event).stream()
                .collect(Collectors.toMap(p -> p.participantRef, Function.identity()));
        Instant now = Instant.now();
        int recipients = 0;
        for (Participant participant : timetable.participants()) {
            List<PublishedMeeting> meetings = timetable.meetingsOf(participant.ref);
            AgendaPublication previous = published.get(participant.ref);
            List<PublishedMeeting> before = previous == null ? null : read(previous.meetings);
            if (before != null && before.equals(meetings)) {
                continue;
            }
            int version = previous == null ? 0 : previous.version + 1;
            Composed composed = compose(event, timetable, participant, meetings, before, version, now);
            OutboxMessage message = outbox.enqueue(event, Outbox.Recipient.of(participant), new Outbox.Message(
                    composed.kind(), composed.subject(), composed.text(), composed.html(), composed.ics()));

            AgendaPublication publication = previous == null ? new AgendaPublication() : previous;
            publication.event = event;
            publication.participantRef = participant.ref;
            publication.version = version;
            publication.meetings = write(meetings);
            publication.publishedAt = now;
            publication.messageId = message.id;
            if (previous == null) {
                publication.persist();
            }
            recipients++;
        }
        return recipients;
    }

    /**
     * The message a send would write for this participant now ("agenda changed" when their
     * meetings changed since the last send, their plain agenda otherwise), without writing anything.
     */
    @Transactional
    public Composed preview(long eventId, String ref) {
        Event event = events.require(eventId);
        Timetable timetable = Timetable.of(event);
        Participant participant = participantIn(timetable, ref, eventId);
        AgendaPublication previous = AgendaPublication.find("event = ?1 and participantRef = ?2", event, ref)
                .<AgendaPublication>firstResultOptional().orElse(null);
        List<PublishedMeeting> meetings = timetable.meetingsOf(ref);
        List<PublishedMeeting> before = previous == null ? null : read(previous.meetings);
        if (before != null && before.equals(meetings)) {
            before = null; // nothing changed: show the plain agenda
        }
        int version = previous == null ? 0 : previous.version + (before == null ? 0 : 1);
        return compose(event, timetable, participant, meetings, before, version, Instant.now());
    }

    /**
     * The participant's agenda as it stands in the current timetable, its words in {@code language}: what
     * their personal page shows (no personal link: that page is where it leads).
     */
    @Transactional
    public AgendaView currentAgenda(long eventId, String ref, Language language) {
        Event event = events.require(eventId);
        Timetable timetable = Timetable.ofOne(event, ref);
        Participant participant = participantIn(timetable, ref, eventId);
        return view(event, timetable, participant, timetable.meetingsOf(ref), null, messages(language));
    }

    /** The agenda words in this language. */
    static AgendaMessages messages(Language language) {
        return language.english() ? MessageBundles.get(AgendaMessages.class, Localized.Literal.of(Language.EN.code))
                : MessageBundles.get(AgendaMessages.class);
    }

    private Composed compose(Event event, Timetable timetable, Participant participant, List<PublishedMeeting> meetings,
                             List<PublishedMeeting> before, int version, Instant now) {
        Language language = Language.of(participant.language);
        AgendaMessages words = messages(language);
        Changes changes = before == null ? Changes.NONE : Changes.between(before, meetings);
        Function<PublishedMeeting, MeetingLine> line = m -> meetingLine(m, participant, timetable, words);
        AgendaView view = view(event, timetable, participant, meetings, before, words);
        List<ProgrammeItem> programme = sortedProgramme(event);

        MessageBody html = links.render(participant,
                link -> Templates.html(view.withPersonalLink(link)).setLocale(language.locale).render());
        MessageBody text = links.render(participant,
                link -> Templates.text(view.withPersonalLink(link)).setLocale(language.locale).render());
        String kind = before == null ? AGENDA : AGENDA_CHANGED;
        String subject = words.subject(before != null, event.title);

        Function<PublishedMeeting, AgendaCalendar.Entry> entry = m -> {
            MeetingLine l = line.apply(m);
            String summary = words.calendarSummary(l.counterpart(), l.table());
            String description = l.counterpart() + (l.details() == null || l.details().isBlank() ? "" : " (" + l.details() + ")")
                    + "\nContact: " + l.contactName() + " <" + l.contactEmail() + ">";
            return new AgendaCalendar.Entry(m, summary, description);
        };
        String eventDescription = programme.stream()
                .map(p -> time(p.start) + "–" + time(p.end) + " " + p.title).collect(Collectors.joining("\n"));
        String ics = AgendaCalendar.build(event, eventDescription, meetings.stream().map(entry).toList(),
                changes.removed().stream().map(entry).toList(), version, "table", now);
        return new Composed(participant.ref, kind, subject, text, html, ics);
    }

    /** What one participant's agenda shows; {@code before} (or null) is what they were sent last. */
    private AgendaView view(Event event, Timetable timetable, Participant participant, List<PublishedMeeting> meetings,
                            List<PublishedMeeting> before, AgendaMessages words) {
        Changes changes = before == null ? Changes.NONE : Changes.between(before, meetings);
        Function<PublishedMeeting, MeetingLine> line = m -> meetingLine(m, participant, timetable, words);
        List<ProgrammeItem> programme = sortedProgramme(event);
        boolean multiDay = programme.stream().map(p -> p.date).distinct().count() > 1
                || meetings.stream().anyMatch(m -> !m.date().equals(event.date));
        return new AgendaView(before != null, participant.contactName, participant.displayName(),
                participant instanceof Buyer, participant instanceof Buyer b ? buyerTable(b, meetings) : null,
                event.title, event.theme, event.date, event.venue,
                programme.stream().map(p -> new ProgrammeLine(p.date, p.start, p.end, p.title)).toList(),
                multiDay,
                meetings.stream().map(line).toList(),
                changes.added().stream().map(line).toList(),
                changes.removed().stream().map(line).toList(),
                changes.moved().stream().map(mv -> new MovedLine(line.apply(mv.before()), line.apply(mv.after()))).toList(),
                null);
    }

    private static Participant participantIn(Timetable timetable, String ref, long eventId) {
        Participant participant = timetable.byRef().get(ref);
        if (participant == null) {
            throw new NotFoundException("no buyer or structure " + ref + " in event " + eventId);
        }
        return participant;
    }

    private static List<ProgrammeItem> sortedProgramme(Event event) {
        return event.programme.stream()
                .sorted(Comparator.comparing((ProgrammeItem p) -> p.date).thenComparing(p -> p.start)).toList();
    }

    private static String buyerTable(Buyer buyer, List<PublishedMeeting> meetings) {
        if (buyer.table != null && !buyer.table.isBlank()) {
            return buyer.table;
        }
        return meetings.stream().map(PublishedMeeting::table).distinct().count() == 1 ? meetings.get(0).table() : null;
    }

    private static MeetingLine meetingLine(PublishedMeeting m, Participant me, Timetable timetable,
                                           AgendaMessages words) {
        String otherRef = me instanceof Buyer ? m.structure() : m.buyer();
        Participant other = timetable.byRef().get(otherRef);
        String counterpart;
        String details;
        if (other instanceof Structure s) {
            counterpart = s.name;
            details = s.legalForm + (s.sector == null || s.sector.isBlank() ? "" : " · " + s.sector);
        } else if (other instanceof Buyer b) {
            counterpart = b.organization;
            details = b.service;
        } else {
            counterpart = otherRef;
            details = words.noLongerRegistered();
        }
        return new MeetingLine(m.date(), m.start(), m.end(), m.table(), counterpart, details,
                other == null ? "" : other.contactName, other == null ? "" : other.email);
    }

    private static String time(LocalTime time) {
        return HH_MM.format(time);
    }

    private List<PublishedMeeting> read(String stored) {
        try {
            return json.readValue(stored, MEETINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable published agenda: " + e.getOriginalMessage(), e);
        }
    }

    private String write(List<PublishedMeeting> meetings) {
        try {
            return json.writeValueAsString(meetings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What changed in one participant's meetings between two publications. */
    record Changes(List<PublishedMeeting> added, List<PublishedMeeting> removed, List<Moved> moved) {

        static final Changes NONE = new Changes(List.of(), List.of(), List.of());

        record Moved(PublishedMeeting before, PublishedMeeting after) {
        }

        static Changes between(List<PublishedMeeting> before, List<PublishedMeeting> after) {
            Map<String, PublishedMeeting> old = new LinkedHashMap<>();
            before.forEach(m -> old.put(m.pairKey(), m));
            Map<String, PublishedMeeting> now = new LinkedHashMap<>();
            after.forEach(m -> now.put(m.pairKey(), m));
            List<PublishedMeeting> added = new ArrayList<>();
            List<Moved> moved = new ArrayList<>();
            for (PublishedMeeting m : after) {
                PublishedMeeting was = old.get(m.pairKey());
                if (was == null) {
                    added.add(m);
                } else if (!was.sameSlotAndTable(m)) {
                    moved.add(new Moved(was, m));
                }
            }
            List<PublishedMeeting> removed = before.stream().filter(m -> !now.containsKey(m.pairKey())).toList();
            return new Changes(List.copyOf(added), removed, List.copyOf(moved));
        }
    }

    /** The event's participants and current meetings, read once. */
    record Timetable(List<Participant> participants, Map<String, Participant> byRef,
                     Map<String, List<PublishedMeeting>> meetings) {

        static Timetable of(Event event) {
            List<Participant> participants = new ArrayList<>();
            participants.addAll(Buyer.<Buyer>list("event = ?1 order by ref", event));
            participants.addAll(Structure.<Structure>list("event = ?1 order by ref", event));
            Map<String, Participant> byRef = new HashMap<>();
            participants.forEach(p -> byRef.put(p.ref, p));
            Map<String, List<PublishedMeeting>> meetings = new HashMap<>();
            for (ScheduledMeeting s : ScheduledMeeting.ofEvent(event)) {
                PublishedMeeting m = new PublishedMeeting(s.buyer.ref, s.structure.ref, s.date, s.start, s.end, s.table);
                meetings.computeIfAbsent(m.buyer(), k -> new ArrayList<>()).add(m);
                meetings.computeIfAbsent(m.structure(), k -> new ArrayList<>()).add(m);
            }
            meetings.values().forEach(list -> list.sort(PublishedMeeting.ORDER));
            return new Timetable(List.copyOf(participants), byRef, meetings);
        }

        /**
         * Only what one participant's agenda needs: them, their meetings and the people they meet. A personal
         * page reads this, so that its cost does not grow with the size of the event.
         */
        static Timetable ofOne(Event event, String ref) {
            List<ScheduledMeeting> scheduled = ScheduledMeeting.list(
                    "event = ?1 and (buyer.ref = ?2 or structure.ref = ?2)", event, ref);
            Map<String, Participant> byRef = new HashMap<>();
            Buyer.<Buyer>find("event = ?1 and ref = ?2", event, ref).firstResultOptional().ifPresent(b -> byRef.put(ref, b));
            Structure.<Structure>find("event = ?1 and ref = ?2", event, ref).firstResultOptional().ifPresent(s -> byRef.put(ref, s));
            List<PublishedMeeting> mine = new ArrayList<>();
            for (ScheduledMeeting s : scheduled) {
                byRef.putIfAbsent(s.buyer.ref, s.buyer);
                byRef.putIfAbsent(s.structure.ref, s.structure);
                mine.add(new PublishedMeeting(s.buyer.ref, s.structure.ref, s.date, s.start, s.end, s.table));
            }
            mine.sort(PublishedMeeting.ORDER);
            return new Timetable(List.copyOf(byRef.values()), byRef, Map.of(ref, mine));
        }

        List<PublishedMeeting> meetingsOf(String ref) {
            return List.copyOf(meetings.getOrDefault(ref, List.of()));
        }
    }

}
