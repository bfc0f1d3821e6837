package fr.openmap.web.personal;

import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;

import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The pages of a participant's personal space, in the order of its navigation: each its path below
 * {@code /p/{eventId}/{ref}}, its name and whom it is for. A new page of the space adds one line here.
 */
public enum PersonalSection {
    HOME("", (m, p) -> m.navHome(), p -> true),
    PROFILE("/profile", (m, p) -> m.navProfile(), p -> true),
    CATALOGUE("/catalogue", (m, p) -> p instanceof Buyer ? m.navStructures() : m.navBuyers(), p -> true),
    BOOKING("/booking", (m, p) -> m.navBooking(), p -> buyers(p) && p.event.buyerBooking),
    PITCH("/pitch", (m, p) -> m.navPitch(), PersonalSection::structures);

    final String path;
    final BiFunction<PersonalMessages, Participant, String> label;
    final Predicate<Participant> shownTo;

    PersonalSection(String path, BiFunction<PersonalMessages, Participant, String> label, Predicate<Participant> shownTo) {
        this.path = path;
        this.label = label;
        this.shownTo = shownTo;
    }

    /** Buyers only (booking, say). */
    static boolean buyers(Participant p) {
        return p instanceof Buyer;
    }

    /** Structures only (the pitch application, say). */
    static boolean structures(Participant p) {
        return !(p instanceof Buyer);
    }
}
