package fr.openmap.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates, times and moments are written in the API and in event files: the inverse of {@link Problems}' reading. */
public final class Written {

    private Written() {
    }

    /** "09:05". */
    public static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** The format lets a date default to the event's day: only other days are written. */
    public static String dateUnlessEventDay(LocalDate date, LocalDate day) {
        return date == null || date.equals(day) ? null : date.toString();
    }

    /** A moment in the event's time zone, with its offset. */
    public static String moment(Instant moment, ZoneId zone) {
        return moment == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(zone));
    }
}
