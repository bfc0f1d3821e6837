package fr.openmap.web.console.agendas;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the agendas pages, in French (the default); {@link EnglishAgendaPages} says them in English. */
@MessageBundle(value = "agendapages", locale = "fr")
public interface AgendaPages {

    @Message("Agendas des participants")
    String title();

    @Message("Chaque participant reçoit son agenda par courriel. Après un nouveau planning, seuls ceux dont les rendez-vous ont changé reçoivent un « agenda modifié ».")
    String intro();

    @Message("Voir le planning")
    String timetableLink();

    @Message("{fresh} nouveau(x), {changed} modifié(s), {unchanged} inchangé(s) depuis le dernier envoi.")
    String summary(int fresh, int changed, int unchanged);

    @Message("Envoyer {count} agendas")
    String sendButton(int count);

    @Message("Aucun agenda à envoyer\u00a0: chaque participant a déjà reçu son agenda à jour.")
    String nothingToSend();

    @Message("Aucun participant admis pour l'instant.")
    String noParticipant();

    @Message("Agenda de chaque participant")
    String caption();

    @Message("Participant")
    String colName();

    @Message("Type")
    String colKind();

    @Message("Rendez-vous")
    String colMeetings();

    @Message("Agenda")
    String colState();

    @Message("Actions")
    String colActions();

    @Message("acheteur")
    String kindBuyer();

    @Message("structure")
    String kindStructure();

    @Message("nouveau (jamais envoyé)")
    String stateNew();

    @Message("modifié depuis l'envoi")
    String stateChanged();

    @Message("inchangé")
    String stateUnchanged();

    @Message("Aperçu")
    String preview();

    @Message("Aperçu de l'agenda de {name}")
    String previewNamed(String name);

    @Message("Agenda de {name}\u00a0: aperçu")
    String previewTitle(String name);

    @Message("Le courriel tel qu'il partira au prochain envoi, le lien personnel masqué (********).")
    String previewIntro();

    @Message("Son agenda n'a pas changé depuis le dernier envoi\u00a0: le prochain envoi ne lui écrira pas.")
    String previewUnchanged();

    @Message("Objet")
    String subject();

    @Message("À")
    String to();

    @Message("Version HTML")
    String htmlVersion();

    @Message("Courriel de {name}, version HTML")
    String htmlFrame(String name);

    @Message("Version texte")
    String textVersion();

    @Message("Retour aux agendas")
    String back();

    @Message("Envoyer {count} agendas\u00a0?")
    String confirmTitle(int count);

    @Message("{count} agendas seront envoyés\u00a0: {fresh} nouveaux, {changed} modifiés.")
    String confirmChange(int count, int fresh, int changed);

    @Message("Destinataires")
    String confirmWho();

    @Message("Annuler")
    String cancel();

    @Message("Envoi des agendas")
    String sentTitle();

    @Message("{count} agendas envoyés\u00a0: ils partent un à un depuis la file des courriels.")
    String sent(int count);

    @Message("Dernier envoi\u00a0: {when}.")
    String lastSend(String when);

    @Message("Aucun agenda n'a encore été envoyé.")
    String noSendYet();

    @Message("Avancement des {total} courriels du dernier envoi")
    String progressCaption(int total);

    @Message("en attente")
    String progressPending();

    @Message("envoyés")
    String progressSent();

    @Message("en échec")
    String progressFailed();

    @Message("Envoi en cours\u00a0: cette page se met à jour toute seule.")
    String progressOngoing();

    @Message("Tous les courriels de cet envoi sont partis.")
    String progressDone();

    @Message("{count} courriel(s) en échec\u00a0: voyez pourquoi et renvoyez-les depuis la page des courriels.")
    String progressFailures(int count);

    @Message("Actualiser")
    String reload();

    @Message("Voir les courriels de l'événement")
    String outboxLink();

    @Message("Avancement de l'envoi")
    String progressTitle();
}
