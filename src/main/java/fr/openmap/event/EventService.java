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

/** Finds events. */
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

    @Transactional
    public List<Slot> slots(long eventId) {
        return require(eventId).slots();
    }
}
