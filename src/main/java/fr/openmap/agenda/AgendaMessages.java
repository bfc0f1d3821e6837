package fr.openmap.agenda;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the agenda emails, subjects and calendar entries included, in French (the default);
 * {@link EnglishAgendaMessages} says them in English. Templates read them as {@code {agenda:hello(...)}},
 * in the language set on the template instance.
 */
@MessageBundle(value = "agenda", locale = "fr")
public interface AgendaMessages {

    @Message("fr")
    String lang();

    @Message("{#if changed}Votre agenda a changé{#else}Votre agenda{/if} — {title}")
    String subject(boolean changed, String title);

    @Message("Bonjour {name},")
    String hello(String name);

    @Message("Votre agenda a changé")
    String changed();

    @Message("depuis notre précédent envoi. Voici ce qui change :")
    String changedSince();

    @Message("Nouveau rendez-vous :")
    String newMeeting();

    @Message("Rendez-vous annulé :")
    String cancelledMeeting();

    @Message("Rendez-vous déplacé avec {counterpart} :")
    String movedMeeting(String counterpart);

    @Message("désormais")
    String now();

    @Message("avec")
    String with();

    @Message("Votre agenda complet et à jour suit ; le fichier")
    String fullAgendaFollows();

    @Message("joint met à jour votre calendrier.")
    String icsUpdatesCalendar();

    @Message("Voici votre agenda personnel pour la matinale « {title} ».")
    String intro(String title);

    @Message("ÉVÉNEMENT")
    String eventHeading();

    @Message("Thème :")
    String theme();

    @Message("Date :")
    String date();

    @Message("Lieu :")
    String venue();

    @Message("Vos rendez-vous")
    String yourMeetings();

    @Message("VOS RENDEZ-VOUS")
    String yourMeetingsHeading();

    @Message(" (vous êtes à la table {table})")
    String atTable(String table);

    @Message("Horaire")
    String timeColumn();

    @Message("Avec")
    String withColumn();

    @Message("Contact :")
    String contact();

    @Message("Aucun rendez-vous bilatéral ne vous est attribué pour l'instant. Nous vous écrirons dès que votre agenda changera.")
    String noMeetingBuyer();

    @Message("Nous n'avons malheureusement pas pu vous proposer de rendez-vous bilatéral cette fois-ci : "
            + "les créneaux des acheteurs étaient tous pris. Vous êtes bien sûr le bienvenu à toute la matinale : "
            + "la table ronde, les pitches et les espaces d'exposition sont autant d'occasions de rencontrer les acheteurs présents. "
            + "Nous vous écrirons si un rendez-vous se libère.")
    String noMeetingStructure();

    @Message("Votre page personnelle")
    String personalPage();

    @Message("(agenda, demandes de rendez-vous)")
    String personalPageHolds();

    @Message("Votre page personnelle (agenda, demandes de rendez-vous) :")
    String personalPageLine();

    @Message("Ce lien vous est personnel : merci de ne pas le transmettre.")
    String personalLinkWarning();

    @Message("À très bientôt,")
    String seeYou();

    @Message("L'équipe OpenMap Rencontres")
    String team();

    @Message("ne participe plus")
    String noLongerRegistered();

    @Message("Rendez-vous avec {counterpart} — table {table}")
    String calendarSummary(String counterpart, String table);
}
