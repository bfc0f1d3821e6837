package fr.openmap.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One bilateral-meeting slot. {@code index} numbers the slots of the whole event in time
 * order; {@code session} numbers the NETWORKING items and {@code indexInSession} the slots
 * within one of them (consecutive slots of a session are adjacent for gap counting).
 */
public record Slot(int index, int session, int indexInSession, LocalDate date, LocalTime start, LocalTime end) {

    public LocalDateTime startDateTime() {
        return date.atTime(start);
    }

    public LocalDateTime endDateTime() {
        return date.atTime(end);
    }

    public boolean overlaps(TimeWindow window) {
        return window.overlaps(date, start, end);
    }
}
