package fr.openmap.day;

import fr.openmap.agenda.PublishedAgendas;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Approval;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The welcome desk on the day: who arrived (marked by name, organization or the badge's code, undone when
 * mistaken), who is absent (their meetings flagged as freed), and the counts of arrived against expected.
 */
@ApplicationScoped
public class CheckIns {

    @Inject
    EntityManager em;
    @Inject
    EventService events;
    @Inject
    CheckInCodes codes;
    @Inject
    PublishedAgendas published;
    @Inject
    Clock clock;

    /** One participant as the desk sees them; {@code arrivedAt} null while not arrived. */
    public record Arrival(String ref, String name, String contactName, boolean buyer, String code,
                          LocalDateTime arrivedAt, boolean absent, int meetings) {
        public boolean arrived() {
            return arrivedAt != null;
        }
    }

    /**
     * Arrived against expected: {@code expected} the participants with meetings in the agendas sent,
     * {@code expectedArrived} those of them arrived; {@code everyone} and {@code arrived} all approved participants.
     */
    public record Counts(int expectedArrived, int expected, int arrived, int everyone) {
    }

    /** Every approved participant of the event with their arrival, sorted by name. */
    @Transactional
    public List<Arrival> everyone(long eventId) {
        Event event = events.require(eventId);
        Map<String, LocalDateTime> arrivals = arrivals(eventId);
        Set<String> absent = absent(eventId);
        Map<String, Integer> meetings = published.meetingCounts(eventId);
        List<Participant> approved = new ArrayList<>();
        approved.addAll(Buyer.<Buyer>list("event = ?1 and approval = ?2", event, Approval.APPROVED));
        approved.addAll(Structure.<Structure>list("event = ?1 and approval = ?2", event, Approval.APPROVED));
        return approved.stream()
                .map(p -> new Arrival(p.ref, p.displayName(), p.contactName, p instanceof Buyer, codes.codeOf(p),
                        arrivals.get(p.ref), absent.contains(p.ref), meetings.getOrDefault(p.ref, 0)))
                .sorted(Comparator.comparing((Arrival a) -> folded(a.name())).thenComparing(Arrival::ref))
                .toList();
    }

    /** Those whose name, organization or contact contains the words typed (accents and capitals do not matter). */
    public List<Arrival> search(long eventId, String query) {
        String wanted = folded(query == null ? "" : query.strip());
        List<Arrival> all = everyone(eventId);
        if (wanted.isEmpty()) {
            return all;
        }
        return all.stream().filter(a -> folded(a.name() + " " + a.contactName()).contains(wanted)).toList();
    }

    /** The participant whose badge carries this code (typed in any case, with or without spaces). */
    public Arrival byCode(long eventId, String code) {
        String wanted = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return everyone(eventId).stream().filter(a -> a.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("No participant of this event has the code " + wanted + ".",
                        "Aucun participant de cette matinale n'a le code " + wanted + ".")));
    }

    /** Marks the participant arrived now; marking again keeps the first time. Returns them. */
    @Transactional
    public Arrival markArrived(long eventId, String ref) {
        Arrival who = require(eventId, ref);
        if (who.absent()) {
            throw new ConflictException(Text.of(who.name() + " is marked absent: undo the absence first.",
                    who.name() + " est marqué(e) absent(e)\u00a0: annulez d'abord l'absence."));
        }
        if (!who.arrived()) {
            em.createNativeQuery("insert into check_ins (event_id, participant_ref, arrived_at) values (:e, :r, :t)")
                    .setParameter("e", eventId).setParameter("r", ref)
                    .setParameter("t", Timestamp.valueOf(now(events.require(eventId)))).executeUpdate();
        }
        return require(eventId, ref);
    }

    /** Undoes an arrival marked by mistake. Returns the participant. */
    @Transactional
    public Arrival undo(long eventId, String ref) {
        require(eventId, ref);
        em.createNativeQuery("delete from check_ins where event_id = :e and participant_ref = :r")
                .setParameter("e", eventId).setParameter("r", ref).executeUpdate();
        return require(eventId, ref);
    }

    /** Marks the participant absent now: their meetings still to come are flagged as freed. Refused once they arrived. */
    @Transactional
    public Arrival markAbsent(long eventId, String ref) {
        return markAbsent(eventId, ref, now(events.require(eventId)));
    }

    /**
     * The participants with meetings in the agendas sent who are neither arrived nor marked absent: whom "everyone
     * not checked in" marks absent.
     */
    @Transactional
    public List<Arrival> expectedNotArrived(long eventId) {
        return everyone(eventId).stream().filter(a -> a.meetings() > 0 && !a.arrived() && !a.absent()).toList();
    }

    /**
     * Marks absent, from {@code from} (a time of the event's day, at the venue), everyone {@link #expectedNotArrived}
     * lists, refused with nothing written when they are not {@code expected} many (someone arrived in between).
     * Returns them.
     */
    @Transactional
    public List<Arrival> markNotArrivedAbsent(long eventId, String from, int expected) {
        LocalTime fromTime = absentFrom(from);
        Event event = events.lock(eventId);
        List<Arrival> missing = expectedNotArrived(eventId);
        if (missing.size() != expected) {
            throw new ConflictException(Text.of(missing.size() + " participants are not checked in now, not " + expected
                            + ": someone arrived or was marked in between; nobody was marked absent, look at the list again",
                    missing.size() + " participants ne sont pas arrivés maintenant, et non " + expected
                            + "\u00a0: quelqu'un est arrivé ou a été marqué entre-temps\u00a0; personne n'a été marqué absent, relisez la liste"));
        }
        LocalDateTime at = LocalDateTime.of(event.date, fromTime);
        // under the event's lock, and each of them neither arrived nor absent: no need to read them again one by one
        missing.forEach(a -> insertAbsence(eventId, a.ref(), at));
        return missing;
    }

    /** The time from which "everyone not checked in" is absent (field {@code from}, HH:MM); a 422 naming it otherwise. */
    public static LocalTime absentFrom(String from) {
        Problems problems = new Problems();
        LocalTime time = problems.time("from", from);
        problems.throwIfAny();
        return time;
    }

    /** The time at the venue, by the application's clock. */
    public LocalDateTime now(Event event) {
        return LocalDateTime.ofInstant(clock.instant(), ZoneId.of(event.timezone));
    }

    private Arrival markAbsent(long eventId, String ref, LocalDateTime from) {
        Arrival who = require(eventId, ref);
        if (who.arrived()) {
            throw new ConflictException(Text.of(who.name() + " is marked arrived: undo the arrival first.",
                    who.name() + " est marqué(e) arrivé(e)\u00a0: annulez d'abord l'arrivée."));
        }
        if (!who.absent()) {
            insertAbsence(eventId, ref, from);
        }
        return require(eventId, ref);
    }

    private void insertAbsence(long eventId, String ref, LocalDateTime from) {
        em.createNativeQuery("insert into absences (event_id, participant_ref, marked_at) values (:e, :r, :t)")
                .setParameter("e", eventId).setParameter("r", ref)
                .setParameter("t", Timestamp.valueOf(from)).executeUpdate();
    }

    /** Undoes an absence marked by mistake. */
    @Transactional
    public Arrival undoAbsent(long eventId, String ref) {
        require(eventId, ref);
        em.createNativeQuery("delete from absences where event_id = :e and participant_ref = :r")
                .setParameter("e", eventId).setParameter("r", ref).executeUpdate();
        return require(eventId, ref);
    }

    /**
     * A meeting of the current timetable freed by an absent participant: who is missing, and whom they were to meet
     * ({@code partnerRef}), when and where; {@code buyerRef}/{@code structureRef} the pair as the timetable has it.
     */
    public record FreedMeeting(String absentRef, String absentName, String partnerRef, String partnerName,
                               String buyerRef, String structureRef, LocalDate date, LocalTime start, LocalTime end,
                               String table) {
        public boolean absentIsBuyer() {
            return absentRef.equals(buyerRef);
        }
    }

    /**
     * The meetings of the absent participants still to come: starting after now, and not before the moment they
     * were marked absent from. By time then table.
     */
    @Transactional
    public List<FreedMeeting> freedMeetings(long eventId) {
        Event event = events.require(eventId);
        Map<String, LocalDateTime> absent = absences(eventId);
        if (absent.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = now(event);
        List<FreedMeeting> freed = new ArrayList<>();
        for (ScheduledMeeting m : ScheduledMeeting.ofEvent(event)) {
            LocalDateTime start = LocalDateTime.of(m.date, m.start);
            if (!start.isAfter(now)) {
                continue;
            }
            for (Participant missing : List.<Participant>of(m.buyer, m.structure)) {
                LocalDateTime from = absent.get(missing.ref);
                if (from != null && !start.isBefore(from)) {
                    Participant partner = missing == m.buyer ? m.structure : m.buyer;
                    freed.add(new FreedMeeting(missing.ref, missing.displayName(), partner.ref, partner.displayName(),
                            m.buyer.ref, m.structure.ref, m.date, m.start, m.end, m.table));
                }
            }
        }
        freed.sort(Comparator.comparing(FreedMeeting::date).thenComparing(FreedMeeting::start)
                .thenComparing(FreedMeeting::table));
        return freed;
    }

    @Transactional
    public Counts counts(long eventId) {
        List<Arrival> all = everyone(eventId);
        List<Arrival> expected = all.stream().filter(a -> a.meetings() > 0).toList();
        return new Counts((int) expected.stream().filter(Arrival::arrived).count(), expected.size(),
                (int) all.stream().filter(Arrival::arrived).count(), all.size());
    }

    /** The refs of the participants arrived. */
    @Transactional
    public Set<String> arrived(long eventId) {
        return arrivals(eventId).keySet();
    }

    private Arrival require(long eventId, String ref) {
        return everyone(eventId).stream().filter(a -> a.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("No participant " + ref + " in this event.",
                        "Aucun participant " + ref + " dans cette matinale.")));
    }

    private Set<String> absent(long eventId) {
        return absences(eventId).keySet();
    }

    /** The absent participants, each with the moment from which they are absent (at the venue). */
    private Map<String, LocalDateTime> absences(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select participant_ref, marked_at from absences where event_id = :e")
                .setParameter("e", eventId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> toLocal(r[1])));
    }

    private Map<String, LocalDateTime> arrivals(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select participant_ref, arrived_at from check_ins where event_id = :e")
                .setParameter("e", eventId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> toLocal(r[1])));
    }

    private static LocalDateTime toLocal(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
