package fr.openmap.web.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the organizer console, in French (the default); {@link EnglishConsoleMessages} says
 * them in English. Templates read them as {@code {console:navEvents}}, in the language set on them.
 */
@MessageBundle(value = "console", locale = "fr")
public interface ConsoleMessages {

    @Message("fr")
    String lang();

    @Message("OpenMap Rencontres")
    String appName();

    @Message("English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("Aller au contenu")
    String skipToContent();

    @Message("Navigation principale")
    String mainNav();

    @Message("Événements")
    String navEvents();

    @Message("Comptes organisateurs")
    String navAccounts();

    @Message("Se déconnecter")
    String signOut();

    @Message("Connecté : {user}")
    String signedInAs(String user);

    @Message("Rubriques de l'événement")
    String sectionsOf();

    @Message("Tableau de bord")
    String sectionDashboard();

    @Message("Acheteurs")
    String sectionBuyers();

    @Message("Structures")
    String sectionStructures();

    @Message("Demandes de rendez-vous")
    String sectionRequests();

    @Message("Planning")
    String sectionTimetable();

    @Message("Courriels")
    String sectionOutbox();

    @Message("Agendas")
    String sectionAgendas();

    @Message("Pitchs")
    String sectionPitch();

    @Message("Documents à imprimer")
    String sectionPrint();

    @Message("Accueil le jour J")
    String sectionDay();

    @Message("Connexion organisateur")
    String loginTitle();

    @Message("Identifiant")
    String loginUser();

    @Message("Mot de passe")
    String loginPassword();

    @Message("Se connecter")
    String loginSubmit();

    @Message("Identifiant ou mot de passe incorrect.")
    String loginWrong();

    @Message("Trop de tentatives depuis votre adresse : réessayez dans {seconds} s.")
    String loginThrottled(long seconds);

    @Message("Vous êtes déconnecté.")
    String signedOut();

    @Message("Rencontres d'affaires entre acheteurs publics et structures de l'ESS")
    String homeTitle();

    @Message("OpenMap Rencontres organise des matinales où des acheteurs publics rencontrent, en rendez-vous de quelques minutes, des structures de l'économie sociale et solidaire.")
    String homeIntro();

    @Message("Vous êtes inscrit à une matinale : ouvrez le lien personnel reçu par courriel pour voir votre agenda et vos demandes de rendez-vous.")
    String homeParticipants();

    @Message("Vous organisez une matinale :")
    String homeOrganizers();

    @Message("se connecter à la console")
    String homeSignIn();

    @Message("Comptes organisateurs")
    String accountsTitle();

    @Message("Identifiant")
    String accountsUser();

    @Message("Créé")
    String accountsCreated();

    @Message("(vous)")
    String accountsYou();

    @Message("Supprimer")
    String accountsRemove();

    @Message("Supprimer le compte {name}")
    String accountsRemoveNamed(String name);

    @Message("Je confirme : supprimer mon propre compte me déconnecte.")
    String accountsConfirmSelf();

    @Message("Ajouter un compte")
    String accountsAddTitle();

    @Message("Mot de passe (12 caractères au moins)")
    String accountsNewPassword();

    @Message("Ajouter le compte")
    String accountsAdd();

    @Message("Compte « {name} » ajouté.")
    String accountsAdded(String name);

    @Message("Compte « {name} » supprimé.")
    String accountsRemoved(String name);

    @Message("Actions")
    String actions();

    @Message("Rien n'a été changé : {reason}")
    String refused(String reason);

    @Message("Le formulaire contient des erreurs ; chacune est indiquée à côté de son champ.")
    String problemsIntro();

    @Message("Erreur :")
    String problemLabel();

    @Message("Événements")
    String eventsTitle();

    @Message("Créer un événement")
    String eventsNew();

    @Message("Importer un fichier d'événement")
    String eventsImportTitle();

    @Message("Fichier openmap-event/1 (JSON)")
    String eventsImportFile();

    @Message("Importer l'événement")
    String eventsImportSubmit();

    @Message("Choisissez un fichier à importer.")
    String eventsImportNoFile();

    @Message("Ce fichier n'est pas un document JSON openmap-event/1 lisible.")
    String eventsImportUnreadable();

    @Message("Aucun événement pour l'instant.")
    String eventsNone();

    @Message("Événement")
    String colEvent();

    @Message("Date")
    String colDate();

    @Message("Acheteurs")
    String colBuyers();

    @Message("Structures")
    String colStructures();

    @Message("Demandes")
    String colRequests();

    @Message("Rendez-vous")
    String colMeetings();

    @Message("Étape")
    String colPhase();

    @Message("Inscriptions ouvertes")
    String phaseRegistration();

    @Message("Sélection des pitchs faite")
    String phasePitchSelected();

    @Message("Planning construit")
    String phaseTimetable();

    @Message("Agendas envoyés")
    String phaseAgendasSent();

    @Message("Événement « {title} » importé.")
    String imported(String title);

    @Message("Créer un événement")
    String formNewTitle();

    @Message("Modifier l'événement")
    String formEditTitle();

    @Message("Titre")
    String fieldTitle();

    @Message("Identifiant court (slug)")
    String fieldSlug();

    @Message("Lettres minuscules, chiffres et tirets, par exemple matinale-2018-05-17.")
    String fieldSlugHint();

    @Message("Thème")
    String fieldTheme();

    @Message("Lieu")
    String fieldVenue();

    @Message("Date")
    String fieldDate();

    @Message("Fuseau horaire")
    String fieldTimezone();

    @Message("Nombre de tables")
    String fieldTables();

    @Message("Places de pitch")
    String fieldPitchPlaces();

    @Message("Programme")
    String programmeTitle();

    @Message("Élément {number}")
    String itemLegend(int number);

    @Message("Type")
    String itemKind();

    @Message("Intitulé")
    String itemTitle();

    @Message("Début")
    String itemStart();

    @Message("Fin")
    String itemEnd();

    @Message("Durée d'un rendez-vous (min)")
    String itemSlot();

    @Message("Battement entre deux rendez-vous (min)")
    String itemChangeover();

    @Message("Pour un temps de réseautage seulement.")
    String itemSlotsHint();

    @Message("{#if count == 0}aucun créneau{#else if count == 1}1 créneau{#else}{count} créneaux{/if}")
    String slotCount(int count);

    @Message("Ajouter un élément")
    String itemAdd();

    @Message("Retirer")
    String itemRemove();

    @Message("Monter")
    String itemUp();

    @Message("Descendre")
    String itemDown();

    @Message("Élément {number} :")
    String itemActionsOf(int number);

    @Message("Accueil")
    String kindWELCOME();

    @Message("Ouverture")
    String kindOPENING();

    @Message("Table ronde")
    String kindROUND_TABLE();

    @Message("Pitchs")
    String kindPITCHES();

    @Message("Réseautage (rendez-vous)")
    String kindNETWORKING();

    @Message("Exposition")
    String kindEXHIBITION();

    @Message("Clôture")
    String kindCLOSING();

    @Message("Autre")
    String kindOTHER();

    @Message("Enregistrer les modifications")
    String save();

    @Message("Créer l'événement")
    String create();

    @Message("Annuler")
    String cancel();

    @Message("Modifications enregistrées.")
    String saved();

    @Message("Événement « {title} » créé.")
    String created(String title);

    @Message("Modifier l'événement")
    String dashboardEdit();

    @Message("Dupliquer")
    String dashboardDuplicate();

    @Message("Supprimer")
    String dashboardDelete();

    @Message("Exporter le fichier openmap-event/1")
    String dashboardExport();

    @Message("En chiffres")
    String countsTitle();

    @Message("Réseautage : {count} créneaux en tout.")
    String programmeSlots(int count);

    @Message("Dupliquer l'événement")
    String duplicateTitle();

    @Message("Le programme, les tables et les réglages sont copiés ; les participants ne le sont pas.")
    String duplicateIntro();

    @Message("Créer la copie")
    String duplicateSubmit();

    @Message("Copie « {title} » créée.")
    String duplicated(String title);

    @Message("Supprimer l'événement")
    String deleteTitle();

    @Message("Tout ce qui concerne cet événement sera effacé : participants, demandes, rendez-vous, planning, courriels et candidatures aux pitchs.")
    String deleteWarning();

    @Message("Pour confirmer, tapez l'identifiant court de l'événement : {slug}")
    String deleteConfirm(String slug);

    @Message("Supprimer définitivement")
    String deleteSubmit();

    @Message("L'identifiant tapé n'est pas celui de l'événement : rien n'a été supprimé.")
    String deleteMismatch();

    @Message("Événement « {title} » supprimé.")
    String deleted(String title);
}
