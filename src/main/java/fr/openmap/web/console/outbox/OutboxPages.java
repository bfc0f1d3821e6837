package fr.openmap.web.console.outbox;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the outbox pages, in French (the default); {@link EnglishOutboxPages} says them in English. */
@MessageBundle(value = "outboxpages", locale = "fr")
public interface OutboxPages {

    @Message("Courriels de l'événement")
    String title();


    @Message("{total} messages en tout, par statut")
    String countsCaption(int total);

    @Message("en attente")
    String statusPending();

    @Message("en cours d'envoi")
    String statusSending();

    @Message("envoyé")
    String statusSent();

    @Message("en échec")
    String statusFailed();

    @Message("incertain")
    String statusUncertain();

    @Message("agenda")
    String kindAgenda();

    @Message("agenda modifié")
    String kindAgendaChanged();

    @Message("pitch retenu")
    String kindPitchSelected();

    @Message("pitch en liste d'attente")
    String kindPitchWaitlisted();

    @Message("pitch non retenu")
    String kindPitchNotSelected();

    @Message("pitch retenu depuis la liste d'attente")
    String kindPitchPromoted();

    @Message("inscription reçue")
    String kindRegistered();

    @Message("lien personnel renvoyé")
    String kindYourLink();

    @Message("inscription acceptée")
    String kindApproved();

    @Message("inscription refusée")
    String kindRefused();

    @Message("résumé des demandes")
    String kindDigest();

    @Message("invitation au comité")
    String kindReviewerInvitation();

    @Message("rappel au comité")
    String kindReviewerReminder();

    @Message("Statut")
    String filterStatus();

    @Message("Type de message")
    String filterKind();

    @Message("Destinataire (nom, référence ou adresse)")
    String filterRecipient();

    @Message("Tous")
    String any();

    @Message("Filtrer")
    String filter();

    @Message("Tout afficher")
    String showAll();

    @Message("{shown} message(s) affiché(s) sur {total}.")
    String shown(int shown, int total);

    @Message("Aucun message ne correspond à ces filtres.")
    String noneMatching();

    @Message("Aucun courriel pour l'instant : les agendas et les avis de pitch apparaîtront ici.")
    String none();

    @Message("N°")
    String colNumber();

    @Message("Destinataire")
    String colRecipient();

    @Message("Type")
    String colKind();

    @Message("Objet")
    String colSubject();

    @Message("Statut")
    String colStatus();

    @Message("Tentatives")
    String colAttempts();

    @Message("Dates")
    String colDates();

    @Message("Actions")
    String colActions();

    @Message("Détail technique")
    String technicalDetail();

    @Message("écrit le {when}")
    String written(String when);

    @Message("envoyé le {when}")
    String sentOn(String when);

    @Message("prochaine tentative le {when}")
    String nextAttempt(String when);

    @Message("renvoyé : message n° {copy}")
    String resentAs(long copy);

    @Message("Aperçu")
    String preview();

    @Message("Aperçu du message n° {id}")
    String previewNamed(long id);

    @Message("Renvoyer")
    String resend();

    @Message("Renvoyer le message n° {id}")
    String resendNamed(long id);

    @Message("Renvoyer les {count} messages en échec")
    String resendFailedButton(int count);

    @Message("Message au statut « incertain »")
    String uncertainTitle();

    @Message("Renvoyer le message n° {id}")
    String resendTitle(long id);

    @Message("Une nouvelle copie de ce message sera écrite et partira sous peu à {name} ({email}). Le message d'origine reste dans la liste avec son historique.")
    String resendChange(String name, String email);

    @Message("Renvoyer ce message")
    String resendConfirm();

    @Message("Renvoyer quand même, au risque d'un doublon")
    String resendUncertainConfirm();

    @Message("Annuler")
    String cancel();

    @Message("Renvoyer {count} message(s) en échec")
    String resendFailedTitle(int count);

    @Message("Une nouvelle copie de chacun de ces {count} messages sera écrite et partira sous peu. Les messages d'origine restent dans la liste avec leur historique.")
    String resendFailedChange(int count);

    @Message("Renvoyer {count} message(s)")
    String resendFailedConfirm(int count);

    @Message("Aucun message en échec à renvoyer.")
    String noFailed();

    @Message("Rien n'a été changé : le message n° {id} est {status} et partira de toute façon.")
    String stillOnItsWay(long id, String status);

    @Message("Message n° {id} renvoyé : sa copie, le message n° {copy}, partira sous peu.")
    String resent(long id, long copy);

    @Message("{count} message(s) en échec renvoyé(s) : leurs copies partiront sous peu.")
    String resentFailed(int count);

    @Message("Aperçu du message n° {id}")
    String previewTitle(long id);

    @Message("Texte du message tel qu'il part, le lien personnel du destinataire masqué (********).")
    String previewMasked();

    @Message("À")
    String to();

    @Message("Retour aux courriels")
    String back();
}
