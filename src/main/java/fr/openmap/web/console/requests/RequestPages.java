package fr.openmap.web.console.requests;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the requests page, in French (the default); {@link EnglishRequestPages} says them in English. */
@MessageBundle(value = "requestpages", locale = "fr")
public interface RequestPages {

    @Message("Demandes de rendez-vous")
    String title();


    @Message("{total} demandes en tout, par statut")
    String countsCaption(int total);

    @Message("Statut")
    String filterStatus();

    @Message("Tous")
    String any();

    @Message("Acheteur")
    String filterBuyer();

    @Message("Tous les acheteurs")
    String anyBuyer();

    @Message("Structure")
    String filterStructure();

    @Message("Toutes les structures")
    String anyStructure();

    @Message("Priorité")
    String filterPriority();

    @Message("Filtrer")
    String filter();

    @Message("Tout afficher")
    String showAll();

    @Message("{shown} demande(s) affichée(s) sur {total}.")
    String shown(int shown, int total);

    @Message("Aucune demande ne correspond à ces filtres.")
    String noneMatching();

    @Message("Aucune demande de rendez-vous pour l'instant.")
    String none();

    @Message("N°")
    String colNumber();

    @Message("Demandé par")
    String colAsker();

    @Message("Demandé à")
    String colAsked();

    @Message("Priorité")
    String colPriority();

    @Message("Statut")
    String colStatus();

    @Message("Réponse donnée par")
    String colAnswer();

    @Message("Répondre")
    String colActions();

    @Message("acheteur")
    String buyer();

    @Message("structure")
    String structure();

    @Message("Accepter")
    String accept();

    @Message("Accepter la demande n° {id}")
    String acceptNamed(long id);

    @Message("Décliner")
    String decline();

    @Message("Décliner la demande n° {id}")
    String declineNamed(long id);

    @Message("Accepter au nom de {name} ({ref})")
    String confirmAccept(String name, String ref);

    @Message("Décliner au nom de {name} ({ref})")
    String confirmDecline(String name, String ref);

    @Message("Annuler")
    String cancel();

    @Message("Répondre à la demande n° {id}")
    String confirmTitle(long id);

    @Message("La demande n° {id} passera de « {from} » à « {to} », comme réponse de {name} ({ref}) donnée par l'organisateur : elle sera enregistrée comme votre acte, avec la date et l'heure.")
    String confirmChange(long id, String from, String to, String name, String ref);

    @Message("La demande n° {id} est déjà « {to} » : confirmer ne changera rien.")
    String confirmSame(long id, String to);

    @Message("Une demande acceptée compte pour le planning selon sa priorité, lorsqu'il sera construit ou reconstruit.")
    String effectAccepted();

    @Message("Une demande déclinée ne donnera pas de rendez-vous au prochain planning construit, et ce rendez-vous ne pourra plus être réservé à la main.")
    String effectDeclined();

    @Message("Demande n° {id} désormais « {status} », enregistrée comme réponse de l'organisateur.")
    String answered(long id, String status);

    @Message("Réponse inconnue : choisissez « Accepter » ou « Décliner » sur une demande de la liste.")
    String answerUnknown();

    @Message("Les réponses des participants sont closes depuis le {when} : seul l'organisateur peut encore modifier les demandes.")
    String frozen(String when);

    @Message("l'organisateur, au nom de {name}")
    String byOrganizer(String name);

    @Message("{who}, le {when}")
    String answeredOn(String who, String when);
}
