package fr.openmap.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;

/** Finds events. */
@ApplicationScoped
public class EventService {

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
        Event event = Event.findById(id, LockModeType.PESSIMISTIC_WRITE);
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
