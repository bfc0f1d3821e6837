package fr.openmap.registration;

import fr.openmap.event.TimeWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.LocalTime;

/** A window during which a participant cannot meet anyone. */
@Embeddable
public class Unavailability {

    @Column(name = "window_date", nullable = false)
    public LocalDate date;
    @Column(name = "start_time", nullable = false)
    public LocalTime start;
    @Column(name = "end_time", nullable = false)
    public LocalTime end;

    public static Unavailability of(TimeWindow window) {
        Unavailability u = new Unavailability();
        u.date = window.date();
        u.start = window.start();
        u.end = window.end();
        return u;
    }

    public TimeWindow toWindow() {
        return new TimeWindow(date, start, end);
    }
}
