package fr.openmap.web.console.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the call-for-pitches pages, in French (the default); {@link EnglishPitchPages} says them in English. */
@MessageBundle(value = "pitchpages", locale = "fr")
public interface PitchPages {

    @Message("Appel à pitchs")
    String title();

    @Message("Cet événement n'a pas encore d'appel à pitchs.")
    String noCall();

    @Message("Comité d'évaluation")
    String reviewersLink();

    @Message("Classement et sélection")
    String rankingTitle();

    @Message("Chaque candidature est classée par la médiane des notes pondérées de ses évaluations\u00a0: un évaluateur sévère ou généreux ne la déplace pas seul. Un écart de {threshold} points ou plus entre évaluateurs est signalé.")
    String rankingIntro(String threshold);

    @Message("Aucune candidature pour l'instant.")
    String noApplication();

    @Message("Classement des candidatures")
    String caption();

    @Message("Rang")
    String colRank();

    @Message("Structure")
    String colStructure();

    @Message("Statut")
    String colStatus();

    @Message("Médiane")
    String colMedian();

    @Message("Écart")
    String colSpread();

    @Message("Évaluations")
    String colReviews();

    @Message("Désaccord")
    String colDisagreement();

    @Message("désaccord")
    String disagreement();

    @Message("non évaluée")
    String unreviewed();

    @Message("Pas de candidature")
    String statusNone();

    @Message("Candidature déposée")
    String statusAPPLIED();

    @Message("Retenue")
    String statusSELECTED();

    @Message("Sur liste d'attente")
    String statusWAITLISTED();

    @Message("Non retenue")
    String statusNOT_SELECTED();

    @Message("Retirée")
    String statusWITHDRAWN();

    @Message("Places de pitch")
    String placesTitle();

    @Message("{places} places de pitch, dont {taken} déjà prises hors candidature (import ou fiche de la structure)\u00a0: {free} à pourvoir.")
    String places(int places, int taken, int free);

    @Message("Liste d'attente\u00a0: {size} place(s) prévue(s), dont {taken} déjà prise(s)\u00a0: {free} à pourvoir.")
    String waitlist(int size, int taken, int free);

    @Message("Déjà prises")
    String heldCaption();

    @Message("Sélectionner")
    String selectTitle();

    @Message("Nombre de structures à sélectionner")
    String fieldSelect();

    @Message("Au plus {free}, les places encore libres.")
    String hintSelect(int free);

    @Message("Nombre de structures à mettre en liste d'attente")
    String fieldWaitlist();

    @Message("Motif (facultatif, gardé dans l'historique)")
    String fieldReason();

    @Message("Préparer la sélection")
    String prepare();

    @Message("La sélection a été faite le {when}. Vous pouvez la refaire tant que les candidats n'ont pas été prévenus\u00a0: une structure qui garde sa place garde son horaire.")
    String redoPossible(String when);

    @Message("La sélection a été faite le {when} et les candidats ont été prévenus. Un changement passe désormais par un retrait ou un changement de statut motivé.")
    String redoClosed(String when);

    @Message("Sélection enregistrée\u00a0: {selected} retenue(s), {waitlisted} en liste d'attente, {notSelected} non retenue(s).")
    String done(int selected, int waitlisted, int notSelected);

    @Message("Doit être un nombre entier.")
    String wholeNumber();

    @Message("Égalité à départager")
    String tieTitle();

    @Message("{count} candidatures ont la même médiane ({median}) de part et d'autre de la limite «\u00a0{boundary}\u00a0»\u00a0: aucune n'est favorisée sans votre choix.")
    String tieIntro(int count, String median, String boundary);

    @Message("Choisissez {above} structure(s) qui passe(nt) devant")
    String tieLegend(int above);

    @Message("Choisissez exactement {above} structure(s) parmi celles à égalité.")
    String tieCount(int above);

    @Message("Départager")
    String settle();

    @Message("retenue / liste d'attente")
    String boundarySelectedWaitlisted();

    @Message("retenue / non retenue")
    String boundarySelectedNotSelected();

    @Message("ordre de la liste d'attente")
    String boundaryWaitlistOrder();

    @Message("liste d'attente / non retenue")
    String boundaryWaitlistedNotSelected();

    @Message("Confirmer la sélection")
    String confirmTitle();

    @Message("{selected} structure(s) seront retenue(s), {waitlisted} mise(s) en liste d'attente, {notSelected} non retenue(s).")
    String confirmCounts(int selected, int waitlisted, int notSelected);

    @Message("Égalités départagées par vous\u00a0: {refs}.")
    String settledTies(String refs);

    @Message("Retenir {selected} structure(s) et en mettre {waitlisted} en liste d'attente")
    String confirmButton(int selected, int waitlisted);

    @Message("Annuler")
    String cancel();

    @Message("Issue de la sélection")
    String outcomeCaption();

    @Message("Nouveau statut")
    String colOutcome();


    @Message("Ordre de passage")
    String orderTitle();


    @Message("Chaque structure retenue garde sa place : un retrait laisse les horaires des autres inchangés et la structure repêchée prend la place libérée.")
    String orderIntro();


    @Message("{title}, de {start} à {end}")
    String item(String title, String start, String end);


    @Message("{start} – {end}")
    String slot(String start, String end);


    @Message("Aucune structure retenue pour l'instant.")
    String noPitch();


    @Message("Ordre de passage des pitchs")
    String orderCaption();


    @Message("Place")
    String colPlace();


    @Message("Horaire")
    String colTime();


    @Message("Déplacer")
    String colMove();


    @Message("Plus tôt")
    String moveUp();


    @Message("Plus tard")
    String moveDown();


    @Message("Plus tôt\u00a0: {name}")
    String moveUpNamed(String name);


    @Message("Plus tard\u00a0: {name}")
    String moveDownNamed(String name);


    @Message("Les candidats ont été prévenus de leur horaire : l'ordre ne change plus.")
    String orderLocked();


    @Message("Version à imprimer")
    String printLink();


    @Message("Imprimez cette page avec la commande d'impression de votre navigateur (Ctrl+P).")
    String printHint();


    @Message("Ordre de passage")
    String runningOrderLink();


    @Message("Retour à l'appel à pitchs")
    String backToPitch();

    @Message("Annonce aux candidats")
    String notificationsTitle();

    @Message("Chaque candidat reçoit un courriel lui annonçant son statut actuel, une seule fois ; un statut qui change après l'envoi est annoncé à nouveau, comme une mise à jour.")
    String notificationsIntro();

    @Message("Annonce aux candidats")
    String notificationsLink();

    @Message("Aucun message à envoyer : chaque candidat connaît déjà son statut actuel.")
    String nothingToSend();

    @Message("Aucun message à envoyer à {ref}.")
    String nothingFor(String ref);

    @Message("Envoyer {count} messages")
    String sendButton(int count);

    @Message("Envoyer {count} messages ?")
    String sendConfirmTitle(int count);

    @Message("{count} messages seront envoyés.")
    String sendConfirm(int count);

    @Message("{count} messages envoyés : ils partent un à un depuis la file des courriels.")
    String sentNotice(int count);

    @Message("Messages à envoyer")
    String messagesCaption();

    @Message("Destinataire")
    String colRecipient();

    @Message("Objet")
    String colSubject();

    @Message("Message")
    String colKind();

    @Message("mise à jour")
    String update();

    @Message("première annonce")
    String firstNotice();

    @Message("Aperçu")
    String preview();

    @Message("Aperçu du message à {name}")
    String previewNamed(String name);

    @Message("Message à {name} : aperçu")
    String messageTitle(String name);

    @Message("Le courriel tel qu'il partira à l'envoi.")
    String messageIntro();

    @Message("À")
    String to();

    @Message("Version HTML")
    String htmlVersion();

    @Message("Courriel à {name}, version HTML")
    String htmlFrame(String name);

    @Message("Version texte")
    String textVersion();

    @Message("Retour à l'annonce aux candidats")
    String backToNotifications();

    @Message("Voir les courriels de l'événement")
    String outboxLink();

    @Message("Paramètres de l'appel à pitchs")
    String callTitle();

    @Message("Paramètres de l'appel")
    String callLink();

    @Message("Les dates sont en heure locale de l'événement. Chaque critère est noté de 1 à 5 par le comité ; son poids dit combien il compte dans la note pondérée.")
    String callIntro();

    @Message("Paramètres enregistrés.")
    String callSaved();

    @Message("Ouverture des candidatures")
    String fieldOpensAt();

    @Message("Clôture des candidatures")
    String fieldClosesAt();

    @Message("Places en liste d'attente")
    String fieldWaitlistSize();

    @Message("Critères et poids")
    String criteriaLegend();

    @Message("Laissez une ligne vide pour ne pas l'utiliser ; sans aucun critère, quatre critères de même poids s'appliquent.")
    String criteriaHint();

    @Message("Critère {number}")
    String fieldCriterionName(int number);

    @Message("Poids du critère {number}")
    String fieldCriterionWeight(int number);

    @Message("Demi-journée d'accompagnement (facultative)")
    String coachingLegend();

    @Message("Date et heure")
    String fieldCoachingAt();

    @Message("Lieu")
    String fieldCoachingPlace();

    @Message("Enregistrer les paramètres")
    String saveCall();

    @Message("« {name} » figure deux fois.")
    String criterionTwice(String name);

    @Message("Le poids doit être un nombre (par exemple 1 ou 1,5).")
    String weightNumber();

    @Message("Candidatures")
    String applicationsTitle();

    @Message("Candidatures")
    String applicationsLink();

    @Message("Candidatures reçues")
    String applicationsCaption();

    @Message("Dossier PDF")
    String colDossier();

    @Message("{kb} Ko")
    String dossierSize(int kb);

    @Message("aucun")
    String noDossier();

    @Message("Voir")
    String see();

    @Message("Voir la candidature de {name}")
    String seeNamed(String name);

    @Message("Ajouter une candidature pour une structure")
    String addLink();

    @Message("Nouvelle candidature pour une structure")
    String addTitle();

    @Message("Enregistrer la candidature")
    String addButton();

    @Message("Structure")
    String fieldStructure();

    @Message("Qui êtes-vous ?")
    String fieldPresentation();

    @Message("Ce que vous proposez aux acheteurs publics")
    String fieldOffer();

    @Message("Impact social (personnes en insertion, heures, sorties)")
    String fieldSocialImpact();

    @Message("Références (une par ligne)")
    String fieldReferences();

    @Message("Motif de la modification (obligatoire, gardé dans l'historique)")
    String fieldEditReason();

    @Message("Motif de la suppression (obligatoire, gardé dans l'historique)")
    String fieldDeleteReason();

    @Message("Candidature de {name}")
    String applicationTitle(String name);

    @Message("Ouvrir le dossier PDF ({kb} Ko, nouvel onglet)")
    String openDossier(int kb);

    @Message("Pas de dossier PDF joint.")
    String noDossierYet();

    @Message("Modifier la candidature")
    String editTitle();

    @Message("Enregistrer les modifications")
    String editButton();

    @Message("Supprimer la candidature")
    String deleteTitle();

    @Message("La candidature, son dossier et ses évaluations seront supprimés ; la structure pourra candidater à nouveau tant que l'appel est ouvert.")
    String deleteWarning();

    @Message("Supprimer la candidature")
    String deleteButton();

    @Message("Candidature enregistrée.")
    String applicationSaved();

    @Message("Candidature de {ref} supprimée.")
    String applicationDeleted(String ref);

    @Message("Retour aux candidatures")
    String backToApplications();
}
