package fr.openmap.web.publicpages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the public pages (the event page, self-registration, the lost link) and of the event form's
 * registration settings, in French (the default); {@link EnglishPublicMessages} says them in English.
 */
@MessageBundle(value = "publicpages", locale = "fr")
public interface PublicMessages {

    @Message("Programme")
    String programme();

    @Message("Horaire")
    String programmeTime();

    @Message("Au programme")
    String programmeWhat();

    @Message("Participer")
    String takePart();

    @Message("Les inscriptions sont ouvertes jusqu'au {date} à {time}.")
    String registrationOpenUntil(String date, String time);

    @Message("Les inscriptions ouvriront le {date} à {time}.")
    String registrationOpensOn(String date, String time);

    @Message("Les inscriptions sont closes.")
    String registrationClosed();

    @Message("Chaque inscription est examinée par l'équipe organisatrice avant d'être confirmée.")
    String approvalNote();

    @Message("S'inscrire comme acheteur public")
    String registerBuyer();

    @Message("S'inscrire comme structure de l'ESS")
    String registerStructure();

    @Message("Toutes les tables des acheteurs sont attribuées\u00a0: les inscriptions des acheteurs sont complètes.")
    String buyersFull();

    @Message("Toutes les places des structures sont prises\u00a0: les inscriptions des structures sont complètes.")
    String structuresFull();

    @Message("Appel à pitchs\u00a0: les structures inscrites peuvent candidater jusqu'au {date} à {time}, depuis leur page personnelle.")
    String pitchOpen(String date, String time);

    @Message("Appel à pitchs\u00a0: les candidatures ouvriront le {date} à {time}.")
    String pitchLater(String date, String time);

    @Message("Déjà inscrit\u00a0?")
    String alreadyRegistered();

    @Message("Recevoir de nouveau mon lien personnel")
    String lostLinkLink();

    @Message("Contact")
    String contactTitle();

    @Message("Une question\u00a0? Écrivez à l'équipe organisatrice\u00a0:")
    String contactText();

    @Message("Inscription d'un acheteur public")
    String registerBuyerTitle();

    @Message("Inscription d'une structure de l'ESS")
    String registerStructureTitle();

    @Message("Pour la matinale « {title} » du {date}. Les champs marqués d'un astérisque (*) sont obligatoires.")
    String formIntro(String title, String date);

    @Message("Organisme *")
    String fieldOrganization();

    @Message("Service ou direction")
    String fieldService();

    @Message("Nom et prénom du contact *")
    String fieldContactName();

    @Message("Adresse électronique *")
    String fieldEmail();

    @Message("Le lien de votre page personnelle y sera envoyé.")
    String fieldEmailHint();

    @Message("Achats qui vous intéressent")
    String fieldInterests();

    @Message("Séparés par des virgules\u00a0: nettoyage, restauration, espaces verts…")
    String fieldInterestsHint();

    @Message("Vos besoins en quelques lignes")
    String fieldNeeds();

    @Message("Nombre maximal de rendez-vous")
    String fieldMaxMeetings();

    @Message("Laissez vide pour ne pas fixer de limite.")
    String fieldMaxMeetingsHint();

    @Message("Nom de la structure *")
    String fieldName();

    @Message("Forme juridique *")
    String fieldLegalForm();

    @Message("Choisissez…")
    String fieldLegalFormChoose();

    @Message("SIRET *")
    String fieldSiret();

    @Message("14 chiffres, espaces permis.")
    String fieldSiretHint();

    @Message("Département *")
    String fieldDepartment();

    @Message("Par exemple 93, 2A ou 971.")
    String fieldDepartmentHint();

    @Message("Secteur d'activité")
    String fieldSector();

    @Message("Votre offre en quelques lignes")
    String fieldOffer();

    @Message("Nombre de représentants")
    String fieldRepresentatives();

    @Message("Combien de personnes viendront\u00a0: autant de rendez-vous en même temps. 1 si vide.")
    String fieldRepresentativesHint();

    @Message("Envoyer mon inscription")
    String submit();

    @Message("Indisponibilités")
    String fieldUnavailable();

    @Message("Les heures où vous ne pouvez pas avoir de rendez-vous, séparées par des virgules\u00a0: 12:00-12:30, ou 2018-05-18 12:00-12:30 pour un autre jour.")
    String fieldUnavailableHint();

    @Message("Inscription reçue")
    String doneTitle();

    @Message("Vérifiez votre messagerie\u00a0: un courriel vient d'être envoyé à l'adresse indiquée, avec le lien de votre page personnelle.")
    String doneMail();

    @Message("L'équipe organisatrice examinera votre inscription\u00a0; vous recevrez sa décision par courriel.")
    String donePending();

    @Message("Rien reçu d'ici quelques minutes\u00a0? Regardez dans vos courriels indésirables, ou")
    String doneNoMail();

    @Message("demandez de nouveau votre lien")
    String askAgain();

    @Message("Retour à la page de l'événement")
    String backToEvent();

    @Message("Retrouver mon lien personnel")
    String lostLinkTitle();

    @Message("Indiquez l'adresse électronique de votre inscription\u00a0: si elle est inscrite à cette matinale, nous y envoyons le lien de votre page personnelle.")
    String lostLinkIntro();

    @Message("Adresse électronique")
    String lostLinkEmail();

    @Message("Recevoir mon lien")
    String lostLinkSubmit();

    @Message("Demande reçue")
    String sentTitle();

    @Message("Si cette adresse est inscrite à la matinale, un courriel avec le lien de votre page personnelle vient d'y être envoyé. Pensez à regarder dans vos courriels indésirables.")
    String sentText();

    @Message("Trop de demandes depuis votre adresse\u00a0: réessayez dans {seconds} s.")
    String throttled(long seconds);

    @Message("Inscriptions en ligne et contact")
    String settingsLegend();

    @Message("Par défaut, les inscriptions sont ouvertes dès maintenant et jusqu'à la veille de l'événement, sans validation. Dates et heures dans le fuseau de l'événement.")
    String settingsHint();

    @Message("Ouverture des inscriptions")
    String settingsOpensAt();

    @Message("AAAA-MM-JJTHH:MM\u00a0; vide\u00a0: dès maintenant.")
    String settingsOpensAtHint();

    @Message("Clôture des inscriptions")
    String settingsClosesAt();

    @Message("Vide\u00a0: à minuit, la veille de l'événement.")
    String settingsClosesAtHint();

    @Message("Places pour les structures")
    String settingsMaxStructures();

    @Message("Vide\u00a0: sans limite (les acheteurs sont limités par les tables).")
    String settingsMaxStructuresHint();

    @Message("Valider chaque inscription avant de la confirmer")
    String settingsApproval();

    @Message("Contact de l'organisation\u00a0: nom")
    String settingsOrganizerName();

    @Message("Contact de l'organisation\u00a0: adresse électronique")
    String settingsOrganizerEmail();
}
