package fr.openmap.event;

import fr.openmap.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
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
            throw new NotFoundException("no event with id " + id);
        }
        return event;
    }

    @Transactional
    public List<Slot> slots(long eventId) {
        return require(eventId).slots();
    }
}
