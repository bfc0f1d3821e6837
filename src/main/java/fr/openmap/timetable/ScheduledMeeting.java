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

/** One meeting of an event's current timetable: who meets whom, when and at which table. */
@Entity
@Table(name = "scheduled_meetings")
public class ScheduledMeeting extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @ManyToOne(optional = false)
    public Buyer buyer;
    @ManyToOne(optional = false)
    public Structure structure;
    @Column(name = "slot_date", nullable = false)
    public LocalDate date;
    @Column(name = "slot_start", nullable = false)
    public LocalTime start;
    @Column(name = "slot_end", nullable = false)
    public LocalTime end;
    @Column(name = "table_label", nullable = false)
    public String table;
    /** True when the meeting comes from a booking (fixed by hand). */
    @Column(nullable = false)
    public boolean booked;
    /** True when the organizer placed or pinned it by hand ({@link TimetablePin}): later solves keep it. */
    @Column(nullable = false)
    public boolean pinned;

    /** The current timetable of an event, in time order then by table. */
    public static List<ScheduledMeeting> ofEvent(Event event) {
        return list("event = ?1 order by date, start, table", event);
    }
}
