package fr.openmap.day.held;

import fr.openmap.agenda.AgendaPublications;
import fr.openmap.agenda.ParticipantAgenda;
import fr.openmap.agenda.ParticipantAgendas;
import fr.openmap.agenda.PublishedMeeting;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Approval;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Did the meeting take place?": each participant says it of the meetings of the agenda they were sent, once each
 * has begun (and may change their answer); the organizer reads, slot by slot, how many were held, not held or
 * unknown (nobody said, or the two sides contradict each other), with each side's answer.
 */
@ApplicationScoped
public class MeetingOutcomes {

    static final Text NO_AGENDA = Text.of("No agenda has been sent to you yet: there is no meeting to mark.",
            "Aucun agenda ne vous a encore été envoyé : il n'y a pas de rendez-vous à marquer.");
    static final Text NOT_YOUR_MEETING = Text.of("This meeting is not in the agenda you were sent.",
            "Ce rendez-vous ne figure pas dans l'agenda qui vous a été envoyé.");

    @Inject
    EntityManager em;
    @Inject
    EventService events;
    @Inject
    ParticipantAgendas agendas;
    @Inject
    AgendaPublications publications;
    @Inject
    Clock clock;

    /** One side of a meeting: who, and what they said (null: nothing yet; true: it took place). */
    public record Side(String ref, String name, Boolean said) {
    }

    /** One meeting of the agendas sent, both sides' answers and what follows from them. */
    public record MeetingOutcome(PublishedMeeting meeting, Side buyer, Side structure, Outcome outcome) {
    }

    /** How many meetings were held, not held, and unknown for want of an answer or because the sides disagree. */
    public record Tally(int held, int notHeld, int noAnswer, int contradictory) {
        static Tally of(List<MeetingOutcome> meetings) {
            int[] n = new int[Outcome.values().length];
            meetings.forEach(m -> n[m.outcome().ordinal()]++);
            return new Tally(n[Outcome.HELD.ordinal()], n[Outcome.NOT_HELD.ordinal()], n[Outcome.NO_ANSWER.ordinal()],
                    n[Outcome.CONTRADICTORY.ordinal()]);
        }

        public int unknown() {
            return noAnswer + contradictory;
        }

        public int total() {
            return held + notHeld + unknown();
        }
    }

    /** One slot of the agendas sent: its meetings by table, whether it has begun, and its tally. */
    public record SlotOutcomes(LocalDate date, LocalTime start, LocalTime end, boolean begun, Tally tally,
                               List<MeetingOutcome> meetings) {
    }

    /** Every slot of the agendas sent, in time order, and the tally of the whole event; no slot before the first send. */
    public record Report(List<SlotOutcomes> slots, Tally total) {
        public boolean isEmpty() {
            return slots.isEmpty();
        }
    }

    /**
     * Records what participant {@code ref} says of their meeting with {@code counterpartRef}: it took place
     * ({@code held}) or not; a second answer replaces the first. Only a meeting of the agenda they were last sent
     * (404 otherwise), once it has begun (409 before).
     */
    @Transactional
    public void mark(long eventId, String ref, String counterpartRef, boolean held) {
        Event event = events.require(eventId);
        ParticipantAgenda agenda = agendas.published(eventId, ref, Language.DEFAULT)
                .orElseThrow(() -> new NotFoundException(NO_AGENDA)).agenda();
        PublishedMeeting meeting = agenda.meetings().stream().map(ParticipantAgenda.MeetingLine::meeting)
                .filter(m -> counterpartRef != null && counterpartRef.equals(agenda.buyer() ? m.structure() : m.buyer()))
                .findFirst().orElseThrow(() -> new NotFoundException(NOT_YOUR_MEETING));
        if (!begun(event, meeting)) {
            throw new ConflictException(Text.of(
                    "This meeting begins at " + DateTimeFormats.shortTime(meeting.start(), Language.EN)
                            + ": you can say whether it took place once it has begun.",
                    "Ce rendez-vous commence à " + DateTimeFormats.shortTime(meeting.start(), Language.FR)
                            + " : vous pourrez dire s'il a eu lieu une fois qu'il aura commencé."));
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = em.createNativeQuery("update meeting_held_answers set held = :held, answered_at = :at"
                        + " where event_id = :e and buyer_ref = :b and structure_ref = :s and answered_by = :by")
                .setParameter("held", held).setParameter("at", now).setParameter("e", eventId)
                .setParameter("b", meeting.buyer()).setParameter("s", meeting.structure()).setParameter("by", ref)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into meeting_held_answers (event_id, buyer_ref, structure_ref, answered_by,"
                            + " held, answered_at) values (:e, :b, :s, :by, :held, :at)")
                    .setParameter("e", eventId).setParameter("b", meeting.buyer()).setParameter("s", meeting.structure())
                    .setParameter("by", ref).setParameter("held", held).setParameter("at", now).executeUpdate();
        }
    }

    /** Whether {@code meeting} has begun, now, in the event's time zone: only then may its sides say it took place. */
    public boolean begun(Event event, PublishedMeeting meeting) {
        return !clock.instant().isBefore(meeting.date().atTime(meeting.start()).atZone(ZoneId.of(event.timezone)).toInstant());
    }

    /** What {@code ref} said of each of their meetings, by the other side's ref: true it took place, false it did not. */
    @Transactional
    public Map<String, Boolean> answersOf(long eventId, String ref) {
        Map<String, Boolean> said = new HashMap<>();
        for (Answer a : answers(eventId)) {
            if (a.by().equals(ref)) {
                said.put(a.by().equals(a.buyer()) ? a.structure() : a.buyer(), a.held());
            }
        }
        return said;
    }

    /** The organizer's view: per slot of the agendas sent, each meeting with both answers, and the tallies. */
    @Transactional
    public Report report(long eventId) {
        Event event = events.require(eventId);
        Map<String, String> names = new HashMap<>();
        Buyer.<Buyer>list("event = ?1 and approval = ?2", event, Approval.APPROVED).forEach(b -> names.put(b.ref, b.displayName()));
        Structure.<Structure>list("event = ?1 and approval = ?2", event, Approval.APPROVED).forEach(s -> names.put(s.ref, s.displayName()));
        Map<String, Boolean> said = new HashMap<>();
        answers(eventId).forEach(a -> said.put(a.buyer() + "/" + a.structure() + "@" + a.by(), a.held()));
        Map<String, List<MeetingOutcome>> bySlot = new TreeMap<>();
        publications.everyMeeting(event).stream()
                .filter(m -> names.containsKey(m.buyer()) && names.containsKey(m.structure()))
                .sorted(PublishedMeeting.ORDER)
                .forEach(m -> {
                    Boolean buyerSaid = said.get(m.pairKey() + "@" + m.buyer());
                    Boolean structureSaid = said.get(m.pairKey() + "@" + m.structure());
                    bySlot.computeIfAbsent(m.date() + "T" + m.start() + "/" + m.end(), k -> new ArrayList<>())
                            .add(new MeetingOutcome(m, new Side(m.buyer(), names.get(m.buyer()), buyerSaid),
                                    new Side(m.structure(), names.get(m.structure()), structureSaid),
                                    Outcome.of(buyerSaid, structureSaid)));
                });
        List<SlotOutcomes> slots = bySlot.values().stream().map(ms -> {
            PublishedMeeting first = ms.get(0).meeting();
            return new SlotOutcomes(first.date(), first.start(), first.end(), begun(event, first), Tally.of(ms), List.copyOf(ms));
        }).toList();
        return new Report(slots, Tally.of(slots.stream().flatMap(s -> s.meetings().stream()).toList()));
    }

    private record Answer(String buyer, String structure, String by, boolean held) {
    }

    private List<Answer> answers(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select buyer_ref, structure_ref, answered_by, held"
                + " from meeting_held_answers where event_id = :e").setParameter("e", eventId).getResultList();
        return rows.stream().map(r -> new Answer((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3])).toList();
    }
}
