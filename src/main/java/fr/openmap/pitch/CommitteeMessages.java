package fr.openmap.pitch;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the committee's emails (invitation, reminder), in French; {@link EnglishCommitteeMessages} in English. */
@MessageBundle(value = "committee", locale = "fr")
public interface CommitteeMessages {

    @Message("Comité de sélection des pitchs — {title}")
    String invitationSubject(String title);

    @Message("Rappel : {count} candidature{#if count > 1}s{/if} à évaluer — {title}")
    String reminderSubject(int count, String title);

    @Message("Bonjour {name},")
    String hello(String name);

    @Message("Vous faites partie du comité qui choisit les structures invitées à présenter leur pitch à la matinale « {title} », le {date}.")
    String invitationIntro(String title, String date);

    @Message("Sur votre page d'évaluation, vous lisez chaque candidature qui vous est confiée et son dossier PDF, vous la notez critère par critère et vous pouvez déclarer un conflit d'intérêts avec une structure.")
    String invitationHow();

    @Message("Il vous reste {count} candidature{#if count > 1}s{/if} à évaluer pour la matinale « {title} », le {date}.")
    String reminderIntro(int count, String title, String date);

    @Message("Votre page d'évaluation")
    String reviewPage();

    @Message("Votre page d'évaluation :")
    String reviewPageFollows();

    @Message("Ce lien est personnel : ne le transmettez pas.")
    String keepPrivate();

    @Message("Contact : {name}")
    String contact(String name);

    @Message("L'équipe organisatrice")
    String regards();
}
