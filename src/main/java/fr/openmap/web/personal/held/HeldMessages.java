package fr.openmap.web.personal.held;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of "did the meeting take place?" on the personal page, in French (the default); {@link EnglishHeldMessages} in English. */
@MessageBundle(value = "heldmarks", locale = "fr")
public interface HeldMessages {

    @Message("Le rendez-vous avec {counterpart} a-t-il eu lieu\u00a0?")
    String question(String counterpart);

    @Message("Le rendez-vous a eu lieu")
    String held();

    @Message("N'a pas eu lieu")
    String notHeld();

    @Message("Vous avez indiqué que le rendez-vous a eu lieu.")
    String saidHeld();

    @Message("Vous avez indiqué que le rendez-vous n'a pas eu lieu.")
    String saidNotHeld();

    @Message("Corriger\u00a0: il n'a pas eu lieu")
    String changeToNotHeld();

    @Message("Corriger\u00a0: il a eu lieu")
    String changeToHeld();

    @Message("C'est noté, merci.")
    String saved();

    @Message("Pas encore de réponse sur la tenue de ce rendez-vous.")
    String noAnswer();

    @Message("Réponse non enregistrée")
    String refusedTitle();

    @Message("Votre réponse n'a pas été enregistrée.")
    String notRecorded();

    @Message("Retour à votre agenda")
    String backToAgenda();
}
