package fr.openmap.event;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of an event's programme; NETWORKING items carry their slot and changeover minutes. */
public record ProgrammeItemData(ProgrammeKind kind, String title, LocalDate date, LocalTime start, LocalTime end,
                                Integer slotMinutes, Integer changeoverMinutes) {

    public TimeWindow window() {
        return new TimeWindow(date, start, end);
    }
}
