package fr.openmap.timetable;

import fr.openmap.event.Event;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * An organizer's hand edit kept for later solves: the pair meets at this slot, or (no slot) does not meet.
 * Hard for the solver, like a booking.
 */
@Entity
@Table(name = "timetable_pins")
public class TimetablePin extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @ManyToOne(optional = false)
    public Buyer buyer;
    @ManyToOne(optional = false)
    public Structure structure;
    /** The slot's day and start; both null when the organizer removed the meeting. */
    @Column(name = "slot_date")
    public LocalDate date;
    @Column(name = "slot_start")
    public LocalTime start;

    public boolean keptOut() {
        return start == null;
    }

    public static List<TimetablePin> ofEvent(Event event) {
        return list("event", event);
    }

    static Optional<TimetablePin> of(Buyer buyer, Structure structure) {
        return find("buyer = ?1 and structure = ?2", buyer, structure).firstResultOptional();
    }
}
