package fr.openmap.web.personal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the personal space, in French (the default); {@link EnglishPersonalMessages} says them in
 * English. Templates read them as {@code {personalpages:agendaTitle}}, in the language set on the page.
 */
@MessageBundle(value = "personalpages", locale = "fr")
public interface PersonalMessages {

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

    @Message("Demande acceptée. Merci\u00a0!")
    String acceptedNotice();

    @Message("Demande refusée.")
    String declinedNotice();

    @Message("Ce lien n'est pas valide ou a été renouvelé. Demandez un nouveau lien à l'organisateur.")
    String invalidLink();

    @Message("Accès impossible")
    String refusedTitle();

    @Message("Contact")
    String contact();

    @Message("Les réponses aux demandes sont closes\u00a0: pour tout changement, écrivez à l'organisateur.")
    String answersFrozen();

    @Message("Votre réponse n'a pas été enregistrée\u00a0: les réponses aux demandes sont closes, ou la demande a changé entre-temps.")
    String answerRefused();

    @Message("en attente de réponse")
    String statusPending();

    @Message("acceptée")
    String statusAccepted();

    @Message("refusée")
    String statusDeclined();

    @Message("Menu principal")
    String mainNav();

    @Message("Votre espace")
    String spaceNav();

    @Message("English")
    String otherLanguage();

    @Message("Agenda et demandes")
    String navHome();

    @Message("Votre inscription")
    String navProfile();

    @Message("Les acheteurs")
    String navBuyers();

    @Message("Les structures")
    String navStructures();

    @Message("Réserver un créneau")
    String navBooking();

    @Message("Pitch")
    String navPitch();

    @Message("Votre agenda n'a pas encore été envoyé\u00a0: vous le recevrez par courriel, et il s'affichera ici.")
    String agendaNotSent();

    @Message("Agenda envoyé le {date} à {time}.")
    String agendaSentOn(String date, String time);

    @Message("Télécharger l'agenda pour votre calendrier (.ics)")
    String calendarDownload();

    @Message("Demandes acceptées sans rendez-vous")
    String unmetTitle();

    @Message("Ces demandes ont été acceptées mais n'ont pas de rendez-vous dans votre agenda\u00a0:")
    String unmetIntro();

    @Message("Message (facultatif)")
    String messageLabel();

    @Message("Quelques mots pour l'autre participant, 1000 caractères au plus.")
    String messageHint();

    @Message("Son message\u00a0:")
    String theirMessage();

    @Message("Votre message\u00a0:")
    String yourMessage();

    @Message("Réponse\u00a0:")
    String answerMessage();

    @Message("Retirer ma demande")
    String withdraw();

    @Message("Votre demande a été retirée.")
    String withdrawnNotice();

    @Message("Votre réponse n'a pas été enregistrée\u00a0:")
    String notRecorded();

    @Message("Rien n'a été modifié\u00a0:")
    String changeRefused();

    @Message("Demandes reçues")
    String incomingTitle();

    @Message("Demandes envoyées")
    String outgoingTitle();

    @Message("Votre inscription")
    String profileTitle();

    @Message("Ce que vous modifiez ici est visible par l'équipe organisatrice et, pour le nom, la présentation et les centres d'intérêt, par les participants de l'autre collège.")
    String profileIntro();

    @Message("Votre inscription a été mise à jour.")
    String profileSaved();

    @Message("Langue de vos courriels et de votre espace")
    String fieldLanguage();

    @Message("Français")
    String languageFrench();

    @Message("Anglais")
    String languageEnglish();

    @Message("Enregistrer les modifications")
    String save();

    @Message("Réservé à l'équipe organisatrice (vous ne pouvez pas le modifier)\u00a0:")
    String organizerOnly();

    @Message("Table")
    String buyerTable();

    @Message("Inscription en attente de validation par l'équipe organisatrice.")
    String approvalPending();

    @Message("Les acheteurs publics présents")
    String catalogueBuyersTitle();

    @Message("Les structures présentes")
    String catalogueStructuresTitle();

    @Message("Rechercher")
    String searchLabel();

    @Message("Un nom, un mot de la présentation, un centre d'intérêt…")
    String searchHint();

    @Message("Famille de structure")
    String familyLabel();

    @Message("Département")
    String departmentLabel();

    @Message("Secteur")
    String sectorLabel();

    @Message("Tous")
    String anyOption();

    @Message("Filtrer")
    String filter();

    @Message("{count} résultat(s)")
    String resultCount(int count);

    @Message("Aucun participant ne correspond à ces critères.")
    String noResult();

    @Message("Centres d'intérêt")
    String interests();

    @Message("Besoins")
    String needs();

    @Message("Offre")
    String offer();

    @Message("Pitch sélectionné")
    String pitchSelected();

    @Message("Demander un rendez-vous")
    String askTitle();

    @Message("Priorité")
    String priorityLabel();

    @Message("Envoyer la demande")
    String askSubmit();

    @Message("Votre demande a été envoyée.")
    String askedNotice();

    @Message("Vous avez demandé un rendez-vous ({priority})\u00a0: {status}.")
    String alreadyAsked(String priority, String status);

    @Message("Ce participant vous a demandé un rendez-vous\u00a0: répondez-lui depuis « Agenda et demandes ».")
    String theyAsked();

    @Message("Demandes en attente de réponse\u00a0: {count} sur {max} au plus.")
    String pendingCount(int count, int max);

    @Message("Les demandes de rendez-vous sont closes\u00a0: pour tout changement, écrivez à l'organisateur.")
    String requestsFrozen();

    @Message("Demandes de rendez-vous en attente par participant, au plus")
    String settingsMaxPendingRequests();

    @Message("Vide\u00a0: 15. Un participant qui a atteint ce nombre de demandes sans réponse doit en retirer une ou attendre des réponses.")
    String settingsMaxPendingRequestsHint();

    @Message("Vous voyez l'espace de {name} en lecture seule : rien ici ne change ses réponses ni ses demandes.")
    String readOnlyBanner(String name);

    @Message("Retour à la console")
    String backToConsole();
}
