package fr.openmap.web.personal.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of a structure's pitch page, in French (the default); {@link EnglishPitchApplicationPages} says them in English. */
@MessageBundle(value = "applypages", locale = "fr")
public interface PitchApplicationPages {

    @Message("Candidater au pitch")
    String title();

    @Message("Il n'y a pas d'appel à pitchs pour cet événement.")
    String noCall();

    @Message("L'appel à pitchs est ouvert jusqu'au {date} à {time}. Présentez votre structure en quelques lignes ; le comité choisit les structures qui pitcheront devant les acheteurs publics.")
    String openUntil(String date, String time);

    @Message("Présentation de la structure")
    String fieldPresentation();

    @Message("Votre offre pour les acheteurs publics")
    String fieldOffer();

    @Message("Impact social")
    String fieldSocialImpact();

    @Message("Références (une par ligne, facultatif)")
    String fieldReferences();

    @Message("Dossier PDF (facultatif, 5 Mo au plus)")
    String fieldDossier();

    @Message("Envoyer ma candidature")
    String submit();

    @Message("Votre candidature a été envoyée le {date} à {time}. Le comité l'examine ; vous serez prévenu par courriel de sa décision.")
    String applied(String date, String time);

    @Message("Votre candidature est enregistrée. Le comité l'examine ; vous serez prévenu par courriel de sa décision.")
    String appliedUndated();

    @Message("Votre pitch est retenu : vous pitchez de {start} à {end}.")
    String selected(String start, String end);

    @Message("Votre pitch est retenu : l'horaire de votre passage vous sera communiqué.")
    String selectedNoTime();

    @Message("Votre candidature est sur liste d'attente, en position {position}. Si une structure retenue se désiste, nous vous préviendrons aussitôt.")
    String waitlisted(int position);

    @Message("Votre candidature n'a pas été retenue pour le pitch. Vous êtes attendus aux rencontres bilatérales avec les acheteurs publics : demandez vos rendez-vous depuis votre page.")
    String notSelected();

    @Message("Vous avez retiré votre candidature au pitch.")
    String withdrawn();

    @Message("Votre candidature")
    String statusTitle();

    @Message("Dossier PDF joint ({kilobytes} Ko).")
    String dossierSent(int kilobytes);

    @Message("Pas de dossier PDF joint.")
    String noDossier();

    @Message("Retirer ma candidature")
    String withdraw();

    @Message("Retirer votre candidature ?")
    String confirmTitle();

    @Message("Votre candidature au pitch sera retirée ; vous ne pourrez pas en envoyer une autre. Si votre pitch était retenu, votre place passe à la première structure sur liste d'attente.")
    String confirmText();

    @Message("Raison (facultatif)")
    String fieldReason();

    @Message("Oui, retirer ma candidature")
    String confirmWithdraw();

    @Message("Non, garder ma candidature")
    String keep();

    @Message("Candidature envoyée. Merci !")
    String appliedNotice();

    @Message("Candidature retirée.")
    String withdrawnNotice();
}
