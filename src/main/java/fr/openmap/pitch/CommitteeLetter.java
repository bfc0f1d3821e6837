package fr.openmap.pitch;

import fr.openmap.i18n.Language;

import java.time.LocalDate;

/** What a committee email says: to whom, about which event, and for a reminder how many applications are left. */
public record CommitteeLetter(boolean reminder, Language language, String name, String eventTitle, LocalDate eventDate,
                              int left, String organizerName, String organizerEmail) {
}
