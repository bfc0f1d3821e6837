package fr.openmap.pitch;

import fr.openmap.i18n.Language;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What a pitch notification says, and in which language: the templates in {@code templates/PitchMails/}
 * lay it out with the words of {@link PitchMessages} and write its dates and times. Optional parts are null.
 */
public record PitchLetter(Language language, boolean update, String contactName, String structureName, String eventTitle,
                          LocalDate eventDate, String venue, Integer pitchOrder, LocalTime pitchStart, LocalTime pitchEnd,
                          LocalDateTime coachingAt, String coachingPlace, Integer waitlistPosition) {
}
