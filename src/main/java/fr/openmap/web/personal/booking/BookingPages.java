package fr.openmap.web.personal.booking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of a buyer's booking page, in French (the default); {@link EnglishBookingPages} says them in English. */
@MessageBundle(value = "bookingpages", locale = "fr")
public interface BookingPages {

    @Message("Réserver vos rendez-vous")
    String title();

    @Message("Choisissez un créneau libre et la structure à y rencontrer, parmi celles dont la demande de rendez-vous est acceptée. Un rendez-vous réservé ne bouge plus quand l'organisateur construit le planning.")
    String intro();

    @Message("Vous n'avez pas de table : vous ne pouvez pas réserver de rendez-vous. Écrivez à l'organisateur.")
    String noTable();

    @Message("Aucune demande acceptée ne reste à réserver : quand une structure accepte votre demande, ou quand vous acceptez la sienne, vous pourrez réserver un créneau avec elle.")
    String nothingToBook();

    @Message("Vos créneaux")
    String gridCaption();

    @Message("Créneau")
    String slot();

    @Message("État")
    String state();

    @Message("Rendez-vous")
    String meeting();

    @Message("libre")
    String free();

    @Message("réservé")
    String taken();

    @Message("indisponible")
    String unavailable();

    @Message("Structure à rencontrer à {time}")
    String structureAt(String time);

    @Message("Réserver")
    String book();

    @Message("Annuler la réservation")
    String cancel();

    @Message("Annuler la réservation avec {name} à {time}")
    String cancelLabel(String name, String time);

    @Message("Aucune des structures à réserver n'est libre à ce créneau.")
    String noneFree();

    @Message("Vous n'êtes pas disponible à ce créneau.")
    String youAreUnavailable();

    @Message("Rendez-vous réservé.")
    String booked();

    @Message("Réservation annulée.")
    String cancelled();

    @Message("La réservation n'a pas été faite : {why}.")
    String refused(String why);

    @Message("L'annulation n'a pas été faite : {why}.")
    String cancelRefused(String why);

    @Message("Les acheteurs réservent eux-mêmes leurs créneaux (sinon, seul le planning place les rendez-vous)")
    String settingsBuyerBooking();
}
