package fr.openmap.web.console.reviewers;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the console's pitch committee page, in French (the default); {@link EnglishReviewerPages} says
 * them in English. Templates read them as {@code {reviewerpages:title}}.
 */
@MessageBundle(value = "reviewerpages", locale = "fr")
public interface ReviewerPages {

    @Message("Comité de sélection des pitchs")
    String title();

    @Message("Chaque membre reçoit par courriel un lien personnel vers sa page d'évaluation. Il y lit les candidatures qui lui sont confiées, les note et peut déclarer un conflit d'intérêts avec une structure. Les membres ne voient pas les notes des autres.")
    String intro();

    @Message("{applications} candidature{#if applications > 1}s{/if} reçue{#if applications > 1}s{/if}")
    String applications(int applications);

    @Message("Le comité n'a encore aucun membre.")
    String noMember();

    @Message("Nom")
    String colName();

    @Message("Courriel")
    String colEmail();

    @Message("Avancement")
    String colProgress();

    @Message("Conflits d'intérêts")
    String colConflicts();

    @Message("Actions")
    String colActions();

    @Message("{scored} évaluée{#if scored > 1}s{/if} sur {assigned}")
    String progress(int scored, int assigned);

    @Message("terminé")
    String finished();

    @Message("Retirer")
    String remove();

    @Message("Retirer {name} du comité")
    String removeNamed(String name);

    @Message("Ajouter un membre")
    String addTitle();

    @Message("Langue des courriels")
    String language();

    @Message("Français")
    String french();

    @Message("Anglais")
    String english();

    @Message("Ajouter et envoyer le lien")
    String add();

    @Message("{name} fait partie du comité ; son lien d'évaluation lui est envoyé par courriel.")
    String added(String name);

    @Message("{name} ne fait plus partie du comité.")
    String removed(String name);

    @Message("La répartition est enregistrée.")
    String shared();

    @Message("{count} rappel{#if count > 1}s{/if} envoyé{#if count > 1}s{/if}.")
    String reminded(int count);

    @Message("Répartition des candidatures")
    String shareTitle();

    @Message("Chaque membre évalue toutes les candidatures")
    String shareEveryone();

    @Message("Un nombre de membres par candidature, réparti équitablement")
    String sharePer();

    @Message("Membres par candidature")
    String perApplication();

    @Message("Un membre ne reçoit jamais une candidature pour laquelle il a déclaré un conflit d'intérêts ; une candidature qu'il a déjà notée lui reste confiée.")
    String shareHint();

    @Message("Enregistrer la répartition")
    String saveShare();

    @Message("Relancer les membres")
    String remindTitle();

    @Message("Préparer un rappel")
    String prepareReminder();

    @Message("Rappel aux membres du comité")
    String remindConfirmTitle();

    @Message("{count} rappel{#if count > 1}s{/if} {#if count > 1}seront envoyés{#else}sera envoyé{/if} :")
    String remindCount(int count);

    @Message("{name} : {left} candidature{#if left > 1}s{/if} à évaluer")
    String remindLine(String name, int left);

    @Message("Rien à rappeler : chaque membre a évalué toutes les candidatures qui lui sont confiées.")
    String nothingToRemind();

    @Message("Envoyer {count} rappel{#if count > 1}s{/if}")
    String sendReminders(int count);

    @Message("Retirer un membre du comité")
    String removeConfirmTitle();

    @Message("{name} ({email}) ne fera plus partie du comité et son lien d'évaluation ne fonctionnera plus.")
    String removeEffect(String name, String email);

    @Message("{#if count == 0}Il n'a encore rien évalué.{#else}{count} évaluation{#if count > 1}s{/if} de sa part {#if count > 1}seront supprimées{#else}sera supprimée{/if} et ne compteront plus dans le classement.{/if}")
    String removeReviews(long count);

    @Message("Retirer {name}")
    String confirmRemove(String name);

    @Message("Annuler")
    String cancel();

    @Message("Retour au comité")
    String back();
}
