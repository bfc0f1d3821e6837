package fr.openmap.timetable;

import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Why a booking is refused before the occupancy rules are asked, in one wording for the API
 * ({@link BookingService}) and the event file's bookings.
 */
public final class BookingRefusals {

    private BookingRefusals() {
    }

    public static Text noSlotStartsAt(LocalDate date, LocalTime time) {
        return Text.of("no meeting slot starts at " + date + " " + time + ": meetings take the slots of the networking sessions",
                "aucun créneau de rendez-vous ne commence le " + DateTimeFormats.fullDate(date, Language.FR)
                        + " à " + DateTimeFormats.shortTime(time, Language.FR)
                        + " : les rendez-vous occupent les créneaux des temps de networking");
    }

    public static Text declinedPair(String buyerRef, String structureRef) {
        return Text.of(buyerRef + " and " + structureRef + " have a declined request: they cannot be booked together",
                buyerRef + " et " + structureRef + " ont une demande déclinée : ils ne peuvent pas avoir de rendez-vous réservé ensemble");
    }

    public static Text alreadyBooked(String buyerRef, String structureRef) {
        return Text.of(buyerRef + " and " + structureRef + " already have a booked meeting: a pair meets once",
                buyerRef + " et " + structureRef + " ont déjà un rendez-vous réservé : une paire ne se rencontre qu'une fois");
    }

    public static Text forThemselvesOnly() {
        return Text.of("a buyer may only book meetings for themselves",
                "un acheteur ne peut réserver des rendez-vous que pour lui-même");
    }

    /** A buyer books from its grid only the structures of its accepted requests. */
    public static Text noAcceptedRequest(String buyerRef, String structureRef) {
        return Text.of(buyerRef + " has no accepted request with " + structureRef + " left to book: a buyer books the structures"
                        + " of its accepted requests, once each",
                buyerRef + " n'a pas de demande acceptée avec " + structureRef + " qui reste à réserver : un acheteur réserve"
                        + " les structures de ses demandes acceptées, une fois chacune");
    }

    /** The event's setting: buyers do not book themselves, the organizer plans (and may book) their meetings. */
    public static Text buyersDoNotBook() {
        return Text.of("the organizer does not let buyers book slots themselves for this event: the timetable places"
                        + " the meetings of accepted requests",
                "l'organisateur ne permet pas aux acheteurs de réserver eux-mêmes des créneaux pour cet événement : le"
                        + " planning place les rendez-vous des demandes acceptées");
    }
}
