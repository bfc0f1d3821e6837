package fr.openmap.signup;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.RegistrationSettings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What anybody may know of an event, for its public page: what it is, its programme, what one can do
 * and until when (moments in the event's local time; {@code pitchLater}: a call for pitches that opens later),
 * and whom to write to. Nothing about who is registered
 * beyond whether places are left.
 */
public record PublicEvent(String slug, String title, String theme, String venue, LocalDate date,
                          List<ProgrammeItemData> programme, RegistrationSettings.Phase phase, LocalDateTime opensAt,
                          LocalDateTime closesAt, boolean approval, boolean buyersFull, boolean structuresFull,
                          boolean pitchOpen, boolean pitchLater, LocalDateTime pitchOpensAt, LocalDateTime pitchClosesAt,
                          String organizerName, String organizerEmail) {

    public boolean open() {
        return phase == RegistrationSettings.Phase.OPEN;
    }

    public boolean notYetOpen() {
        return phase == RegistrationSettings.Phase.NOT_YET_OPEN;
    }

    public boolean hasContact() {
        return organizerName != null || organizerEmail != null;
    }
}
