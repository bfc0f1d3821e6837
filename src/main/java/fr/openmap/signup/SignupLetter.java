package fr.openmap.signup;

import fr.openmap.i18n.Language;

import java.time.LocalDate;

/** What a registration email says: to whom, about which event, which of the four kinds, and the refusal's reason. */
public record SignupLetter(String kind, Language language, String contactName, String eventTitle, LocalDate eventDate,
                           String venue, boolean pending, String reason, String organizerName, String organizerEmail) {

    public boolean registered() {
        return SignupMails.REGISTERED.equals(kind);
    }

    public boolean yourLink() {
        return SignupMails.YOUR_LINK.equals(kind);
    }

    public boolean approved() {
        return SignupMails.APPROVED.equals(kind);
    }

    public boolean refused() {
        return SignupMails.REFUSED.equals(kind);
    }
}
