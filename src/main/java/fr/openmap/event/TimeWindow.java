package fr.openmap.event;

import java.time.LocalDate;
import java.time.LocalTime;

/** A span of local wall-clock time on one day (an unavailability, a programme item). */
public record TimeWindow(LocalDate date, LocalTime start, LocalTime end) {

    /** True when the two windows share at least one minute (touching ends do not overlap). */
    public boolean overlaps(LocalDate otherDate, LocalTime otherStart, LocalTime otherEnd) {
        return date.equals(otherDate) && start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
