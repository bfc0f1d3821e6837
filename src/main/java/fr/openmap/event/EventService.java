package fr.openmap.event;

import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** Finds, locks and deletes events. */
@ApplicationScoped
public class EventService {

    static final int LOCK_WAIT_MILLIS = 10_000;

    @Transactional
    public List<Event> list() {
        return Event.list("order by date, id");
    }

    /** The event with this id, or a 404 naming it. */
    @Transactional
    public Event require(long id) {
        Event event = Event.findById(id);
        if (event == null) {
            throw Event.notFound(id);
        }
        return event;
    }

    /**
     * The event with this id (or a 404), its row locked until the transaction ends: changes to one
     * event that read before they write (sending agendas, the pitch selection, withdrawals) run one
     * after the other instead of both acting on the same state.
     */
    @Transactional
    public Event lock(long id) {
        Event event;
        try {
            // Wait longer than the database's default (H2: 2 s), as a queue of bookings at once may need.
            event = Event.getEntityManager().find(Event.class, id, LockModeType.PESSIMISTIC_WRITE,
                    Map.of("jakarta.persistence.lock.timeout", LOCK_WAIT_MILLIS));
        } catch (LockTimeoutException | PessimisticLockException e) {
            throw new ConflictException(Text.of("another change to this event is under way; try again in a moment",
                    "une autre modification de cet événement est en cours ; réessayez dans un instant"));
        }
        if (event == null) {
            throw Event.notFound(id);
        }
        return event;
    }

    /**
     * Deletes an event and everything that belongs to it, once the organizer typed its slug. Rows are
     * removed table by table, children first, in one transaction: all of it or nothing. A new table
     * that refers to events must be added here (EventDeletionTest fails on its foreign key otherwise).
     */
    @Transactional
    public String delete(long id, String typedSlug) {
        Event event = lock(id);
        if (typedSlug == null || !typedSlug.strip().equals(event.slug)) {
            throw fr.openmap.validation.InvalidInputException.of("confirm",
                    Text.of("type the event's slug '" + event.slug + "' to confirm that it is to be deleted",
                            "saisissez le slug de l'événement « " + event.slug + " » pour confirmer sa suppression"));
        }
        String title = event.title;
        var em = Event.getEntityManager();
        em.flush();
        for (String delete : DELETION) {
            em.createNativeQuery(delete).setParameter("id", id).executeUpdate();
        }
        em.detach(event);
        return title;
    }

    /** Everything an event holds, children before their parents. */
    private static final List<String> DELETION = List.of(
            "delete from pitch_notices where event_id = :id",
            "delete from pitch_audit where event_id = :id",
            "delete from pitch_applications where event_id = :id", // reviews, scores, references, dossiers cascade
            "delete from pitch_criteria where call_id in (select id from pitch_calls where event_id = :id)",
            "delete from pitch_calls where event_id = :id",
            "delete from agenda_publications where event_id = :id",
            "delete from outbox_messages where event_id = :id",
            "delete from scheduled_meetings where event_id = :id",
            "delete from timetable_pins where event_id = :id",
            "delete from unscheduled_pairs where event_id = :id",
            "delete from timetable_runs where event_id = :id",
            "delete from bookings where event_id = :id",
            "delete from meeting_requests where event_id = :id",
            "delete from buyer_interests where buyer_id in (select id from buyers where event_id = :id)",
            "delete from buyer_unavailability where buyer_id in (select id from buyers where event_id = :id)",
            "delete from structure_unavailability where structure_id in (select id from structures where event_id = :id)",
            "delete from buyers where event_id = :id",
            "delete from structures where event_id = :id",
            "delete from programme_items where event_id = :id",
            "delete from events where id = :id");

    @Transactional
    public List<Slot> slots(long eventId) {
        return require(eventId).slots();
    }
}
