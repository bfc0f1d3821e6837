package fr.openmap.web.review;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a committee member's review pages, in French (the default); {@link EnglishReviewPages} says them
 * in English. Templates read them as {@code {reviewpages:title}}.
 */
@MessageBundle(value = "reviewpages", locale = "fr")
public interface ReviewPages {

    @Message("Vos candidatures à évaluer")
    String title();

    @Message("Bonjour {name}. Vous êtes membre du comité de sélection des pitchs de la matinale « {event} », le {date}.")
    String hello(String name, String event, String date);

    @Message("Vous ne voyez pas les notes des autres membres du comité, et ils ne voient pas les vôtres.")
    String privacy();

    @Message("{scored} évaluée{#if scored > 1}s{/if} sur {assigned}")
    String progress(int scored, int assigned);

    @Message("Aucune candidature ne vous est confiée pour l'instant.")
    String nothingAssigned();

    @Message("Les évaluations sont closes : la sélection a été faite le {when}. Vos notes restent enregistrées.")
    String frozen(String when);

    @Message("Structure")
    String colStructure();

    @Message("Votre évaluation")
    String colReview();

    @Message("Évaluée")
    String scored();

    @Message("À évaluer")
    String toScore();

    @Message("Évaluer")
    String score();

    @Message("Évaluer {name}")
    String scoreNamed(String name);

    @Message("Modifier mon évaluation")
    String edit();

    @Message("Modifier mon évaluation de {name}")
    String editNamed(String name);

    @Message("Voir")
    String view();

    @Message("Votre évaluation de {name} est enregistrée.")
    String saved(String name);

    @Message("Votre conflit d'intérêts avec {name} est enregistré : cette candidature ne vous est plus confiée et une note de votre part ne compterait pas.")
    String conflictDeclared(String name);

    @Message("Votre déclaration de conflit d'intérêts est retirée.")
    String conflictWithdrawn();

    @Message("Conflits d'intérêts déclarés")
    String conflictsTitle();

    @Message("Retirer la déclaration")
    String withdrawConflict();

    @Message("Retirer la déclaration pour {name}")
    String withdrawConflictNamed(String name);

    @Message("Retour à vos candidatures")
    String back();

    @Message("La candidature")
    String answers();

    @Message("Présentation de la structure")
    String presentation();

    @Message("Offre pour les acheteurs publics")
    String offer();

    @Message("Impact social")
    String socialImpact();

    @Message("Références")
    String references();

    @Message("Dossier PDF")
    String dossier();

    @Message("Ouvrir le dossier PDF")
    String openDossier();

    @Message("Pas de dossier PDF joint.")
    String noDossier();

    @Message("Votre évaluation")
    String formTitle();

    @Message("Notez chaque critère de 1 à 5.")
    String formHint();

    @Message("(coefficient {weight})")
    String weight(String weight);

    @Message("Insuffisant")
    String level1();

    @Message("Faible")
    String level2();

    @Message("Correct")
    String level3();

    @Message("Bon")
    String level4();

    @Message("Excellent")
    String level5();

    @Message("Pertinence pour les acheteurs publics")
    String criterionRelevance();

    @Message("Impact social")
    String criterionSocialImpact();

    @Message("Innovation")
    String criterionInnovation();

    @Message("Capacité à répondre aux marchés")
    String criterionReadiness();

    @Message("Commentaire (facultatif)")
    String comment();

    @Message("Lu par l'équipe organisatrice avec le classement.")
    String commentHint();

    @Message("Enregistrer mon évaluation")
    String save();

    @Message("Conflit d'intérêts")
    String conflictTitle();

    @Message("Si vous avez un lien avec cette structure (vous y travaillez, vous la conseillez, un proche en fait partie…), déclarez-le : elle ne vous sera plus confiée et une note de votre part ne comptera pas. Vous pourrez retirer cette déclaration.")
    String conflictHint();

    @Message("Je déclare un conflit d'intérêts avec {name}")
    String declareConflict(String name);

    @Message("Le formulaire contient des erreurs : voyez le message à côté de chaque champ.")
    String problemsIntro();

    @Message("Lien non valide")
    String invalidTitle();

    @Message("Ce lien d'évaluation n'est pas valide : il a peut-être été remplacé, ou vous n'êtes plus membre du comité. Demandez un nouveau lien à l'équipe organisatrice.")
    String invalidLink();

    @Message("Accès refusé")
    String forbiddenTitle();

    @Message("Page refusée")
    String refusedTitle();
}
