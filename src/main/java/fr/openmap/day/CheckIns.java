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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        Map<String, Integer> meetings = new HashMap<>();
        published.of(eventId).sheets().forEach(s -> meetings.put(s.participant().ref, s.agenda().meetingCount()));
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
                    .setParameter("t", Timestamp.valueOf(LocalDateTime.now())).executeUpdate();
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

    /** Marks the participant absent: their meetings are flagged as freed. Refused once they arrived. */
    @Transactional
    public Arrival markAbsent(long eventId, String ref) {
        Arrival who = require(eventId, ref);
        if (who.arrived()) {
            throw new ConflictException(Text.of(who.name() + " is marked arrived: undo the arrival first.",
                    who.name() + " est marqué(e) arrivé(e)\u00a0: annulez d'abord l'arrivée."));
        }
        if (!who.absent()) {
            em.createNativeQuery("insert into absences (event_id, participant_ref, marked_at) values (:e, :r, :t)")
                    .setParameter("e", eventId).setParameter("r", ref)
                    .setParameter("t", Timestamp.valueOf(LocalDateTime.now())).executeUpdate();
        }
        return require(eventId, ref);
    }

    /** Undoes an absence marked by mistake. */
    @Transactional
    public Arrival undoAbsent(long eventId, String ref) {
        require(eventId, ref);
        em.createNativeQuery("delete from absences where event_id = :e and participant_ref = :r")
                .setParameter("e", eventId).setParameter("r", ref).executeUpdate();
        return require(eventId, ref);
    }

    /** A meeting of the current timetable freed by an absent participant: who is missing, and whom they were to meet. */
    public record FreedMeeting(String absentRef, String absentName, String partnerName, LocalTime start, LocalTime end,
                               String table) {
    }

    /** The meetings of the absent participants, by time then table. */
    @Transactional
    public List<FreedMeeting> freedMeetings(long eventId) {
        Set<String> absent = absent(eventId);
        if (absent.isEmpty()) {
            return List.of();
        }
        List<FreedMeeting> freed = new ArrayList<>();
        for (ScheduledMeeting m : ScheduledMeeting.ofEvent(events.require(eventId))) {
            if (absent.contains(m.buyer.ref)) {
                freed.add(new FreedMeeting(m.buyer.ref, m.buyer.displayName(), m.structure.displayName(), m.start, m.end, m.table));
            }
            if (absent.contains(m.structure.ref)) {
                freed.add(new FreedMeeting(m.structure.ref, m.structure.displayName(), m.buyer.displayName(), m.start, m.end, m.table));
            }
        }
        freed.sort(Comparator.comparing(FreedMeeting::start).thenComparing(FreedMeeting::table));
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

    @SuppressWarnings("unchecked")
    private Set<String> absent(long eventId) {
        List<String> refs = em.createNativeQuery("select participant_ref from absences where event_id = :e")
                .setParameter("e", eventId).getResultList();
        return Set.copyOf(refs);
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
