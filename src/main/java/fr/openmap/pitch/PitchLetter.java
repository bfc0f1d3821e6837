package fr.openmap.pitch;

/**
 * What a pitch notification says, already formatted in the recipient's language: the templates in
 * {@code templates/PitchMails/} only lay it out. Optional parts are null.
 */
public record PitchLetter(boolean en, boolean update, String contactName, String structureName, String eventTitle,
                          String eventDate, String venue, Integer pitchOrder, String pitchStart, String pitchEnd,
                          String coaching, String coachingPlace, Integer waitlistPosition) {
}
