package fr.openmap.requests;

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

/** A meeting fixed by hand at one slot; the timetable keeps it where it is. */
@Entity
@Table(name = "bookings")
public class Booking extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @ManyToOne(optional = false)
    public Buyer buyer;
    @ManyToOne(optional = false)
    public Structure structure;
    @Column(name = "slot_date", nullable = false)
    public LocalDate slotDate;
    @Column(name = "slot_start", nullable = false)
    public LocalTime slotStart;
}
