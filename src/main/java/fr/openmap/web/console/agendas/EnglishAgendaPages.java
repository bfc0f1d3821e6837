package fr.openmap.web.console.agendas;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the agendas pages in English. */
@Localized("en")
public interface EnglishAgendaPages extends AgendaPages {

    @Override
    @Message("Participants' agendas")
    String title();

    @Override
    @Message("Each participant receives their agenda by email. After a new timetable, only those whose meetings changed receive an \"agenda changed\".")
    String intro();

    @Override
    @Message("See the timetable")
    String timetableLink();

    @Override
    @Message("{fresh} new, {changed} changed, {unchanged} unchanged since the last send.")
    String summary(int fresh, int changed, int unchanged);

    @Override
    @Message("Send {count} agendas")
    String sendButton(int count);

    @Override
    @Message("No agenda to send: every participant already has their agenda up to date.")
    String nothingToSend();

    @Override
    @Message("No participant admitted yet.")
    String noParticipant();

    @Override
    @Message("Each participant's agenda")
    String caption();

    @Override
    @Message("Participant")
    String colName();

    @Override
    @Message("Kind")
    String colKind();

    @Override
    @Message("Meetings")
    String colMeetings();

    @Override
    @Message("Agenda")
    String colState();

    @Override
    @Message("Actions")
    String colActions();

    @Override
    @Message("buyer")
    String kindBuyer();

    @Override
    @Message("structure")
    String kindStructure();

    @Override
    @Message("new (never sent)")
    String stateNew();

    @Override
    @Message("changed since sent")
    String stateChanged();

    @Override
    @Message("unchanged")
    String stateUnchanged();

    @Override
    @Message("Preview")
    String preview();

    @Override
    @Message("Preview of {name}'s agenda")
    String previewNamed(String name);

    @Override
    @Message("{name}'s agenda: preview")
    String previewTitle(String name);

    @Override
    @Message("The email as the next send will write it, the personal link masked (********).")
    String previewIntro();

    @Override
    @Message("Their agenda has not changed since the last send: the next send will not write to them.")
    String previewUnchanged();

    @Override
    @Message("Subject")
    String subject();

    @Override
    @Message("To")
    String to();

    @Override
    @Message("HTML version")
    String htmlVersion();

    @Override
    @Message("Email to {name}, HTML version")
    String htmlFrame(String name);

    @Override
    @Message("Text version")
    String textVersion();

    @Override
    @Message("Back to the agendas")
    String back();

    @Override
    @Message("Send {count} agendas?")
    String confirmTitle(int count);

    @Override
    @Message("{count} agendas will be sent: {fresh} new, {changed} changed.")
    String confirmChange(int count, int fresh, int changed);

    @Override
    @Message("Recipients")
    String confirmWho();

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Sending the agendas")
    String sentTitle();

    @Override
    @Message("{count} agendas sent: they leave one by one from the email queue.")
    String sent(int count);

    @Override
    @Message("Last send: {when}.")
    String lastSend(String when);

    @Override
    @Message("No agenda has been sent yet.")
    String noSendYet();

    @Override
    @Message("Progress of the last send's {total} emails")
    String progressCaption(int total);

    @Override
    @Message("waiting")
    String progressPending();

    @Override
    @Message("sent")
    String progressSent();

    @Override
    @Message("failed")
    String progressFailed();

    @Override
    @Message("Sending: this page updates itself.")
    String progressOngoing();

    @Override
    @Message("Every email of this send has left.")
    String progressDone();

    @Override
    @Message("{count} email(s) failed: see why and resend them from the emails page.")
    String progressFailures(int count);

    @Override
    @Message("Refresh")
    String reload();

    @Override
    @Message("See the event's emails")
    String outboxLink();

    @Override
    @Message("Progress of the send")
    String progressTitle();
}
