package fr.openmap.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the personal page, in French (the default); {@link EnglishPageMessages} says them in
 * English. The page template reads them as {@code {page:agendaTitle}}, in the language set on it.
 */
@MessageBundle(value = "page", locale = "fr")
public interface PageMessages {

    @Message("fr")
    String lang();

    @Message("Votre agenda")
    String agendaTitle();

    @Message("table")
    String table();

    @Message("Vous n'avez pas encore de rendez-vous bilatéral.")
    String noMeeting();

    @Message("Programme")
    String programme();

    @Message("Vos demandes de rendez-vous")
    String requestsTitle();

    @Message("Aucune demande pour l'instant.")
    String noRequest();

    @Message("vous a demandé un rendez-vous")
    String askedBy();

    @Message("vous avez demandé un rendez-vous")
    String askedTo();

    @Message("priorité")
    String priority();

    @Message("Accepter")
    String accept();

    @Message("Refuser")
    String decline();

    @Message("Demande acceptée. Merci !")
    String acceptedNotice();

    @Message("Demande refusée.")
    String declinedNotice();

    @Message("Ce lien n'est pas valide ou a été renouvelé. Demandez un nouveau lien à l'organisateur.")
    String invalidLink();

    @Message("Accès impossible")
    String refusedTitle();

    @Message("Contact")
    String contact();

    @Message("Les réponses aux demandes sont closes : pour tout changement, écrivez à l'organisateur.")
    String answersFrozen();

    @Message("Votre réponse n'a pas été enregistrée : les réponses aux demandes sont closes, ou la demande a changé entre-temps.")
    String answerRefused();

    @Message("en attente de réponse")
    String statusPending();

    @Message("acceptée")
    String statusAccepted();

    @Message("refusée")
    String statusDeclined();
}
