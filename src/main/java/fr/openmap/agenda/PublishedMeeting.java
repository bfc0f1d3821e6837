package fr.openmap.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

/** One meeting as it was (or is about to be) published in an agenda: the pair, when and at which table. */
public record PublishedMeeting(String buyer, String structure, LocalDate date, LocalTime start, LocalTime end,
                               String table) {

    public static final Comparator<PublishedMeeting> ORDER = Comparator.comparing(PublishedMeeting::date)
            .thenComparing(PublishedMeeting::start).thenComparing(PublishedMeeting::table)
            .thenComparing(PublishedMeeting::buyer).thenComparing(PublishedMeeting::structure);

    /** A meeting is the same meeting (same calendar UID) as long as it pairs the same buyer and structure. */
    public String pairKey() {
        return buyer + "/" + structure;
    }

    public boolean sameSlotAndTable(PublishedMeeting other) {
        return date.equals(other.date) && start.equals(other.start) && end.equals(other.end) && table.equals(other.table);
    }
}
