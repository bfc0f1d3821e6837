package fr.openmap.web.console.outbox;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the outbox pages in English. */
@Localized("en")
public interface EnglishOutboxPages extends OutboxPages {

    @Override
    @Message("The event's emails")
    String title();


    @Override
    @Message("{total} messages in all, by status")
    String countsCaption(int total);

    @Override
    @Message("waiting")
    String statusPending();

    @Override
    @Message("being sent")
    String statusSending();

    @Override
    @Message("sent")
    String statusSent();

    @Override
    @Message("failed")
    String statusFailed();

    @Override
    @Message("uncertain")
    String statusUncertain();

    @Override
    @Message("agenda")
    String kindAgenda();

    @Override
    @Message("agenda changed")
    String kindAgendaChanged();

    @Override
    @Message("pitch selected")
    String kindPitchSelected();

    @Override
    @Message("pitch waitlisted")
    String kindPitchWaitlisted();

    @Override
    @Message("pitch not selected")
    String kindPitchNotSelected();

    @Override
    @Message("pitch promoted from the waiting list")
    String kindPitchPromoted();

    @Override
    @Message("registration received")
    String kindRegistered();

    @Override
    @Message("personal link sent again")
    String kindYourLink();

    @Override
    @Message("registration approved")
    String kindApproved();

    @Override
    @Message("registration refused")
    String kindRefused();

    @Override
    @Message("digest of requests")
    String kindDigest();

    @Override
    @Message("committee invitation")
    String kindReviewerInvitation();

    @Override
    @Message("committee reminder")
    String kindReviewerReminder();

    @Override
    @Message("Status")
    String filterStatus();

    @Override
    @Message("Kind of message")
    String filterKind();

    @Override
    @Message("Recipient (name, ref or address)")
    String filterRecipient();

    @Override
    @Message("Any")
    String any();

    @Override
    @Message("Filter")
    String filter();

    @Override
    @Message("Show all")
    String showAll();

    @Override
    @Message("{shown} of {total} message(s) shown.")
    String shown(int shown, int total);

    @Override
    @Message("No message matches these filters.")
    String noneMatching();

    @Override
    @Message("No email yet: agendas and pitch notices will appear here.")
    String none();

    @Override
    @Message("No.")
    String colNumber();

    @Override
    @Message("Recipient")
    String colRecipient();

    @Override
    @Message("Kind")
    String colKind();

    @Override
    @Message("Subject")
    String colSubject();

    @Override
    @Message("Status")
    String colStatus();

    @Override
    @Message("Attempts")
    String colAttempts();

    @Override
    @Message("Dates")
    String colDates();

    @Override
    @Message("Actions")
    String colActions();

    @Override
    @Message("Technical detail")
    String technicalDetail();

    @Override
    @Message("written on {when}")
    String written(String when);

    @Override
    @Message("sent on {when}")
    String sentOn(String when);

    @Override
    @Message("next attempt on {when}")
    String nextAttempt(String when);

    @Override
    @Message("resent as message {copy}")
    String resentAs(long copy);

    @Override
    @Message("Preview")
    String preview();

    @Override
    @Message("Preview of message {id}")
    String previewNamed(long id);

    @Override
    @Message("Resend")
    String resend();

    @Override
    @Message("Resend message {id}")
    String resendNamed(long id);

    @Override
    @Message("Resend the {count} failed messages")
    String resendFailedButton(int count);

    @Override
    @Message("An uncertain message")
    String uncertainTitle();

    @Override
    @Message("Resend message {id}")
    String resendTitle(long id);

    @Override
    @Message("A new copy of this message will be written and sent shortly to {name} ({email}). The original message stays in the list with its history.")
    String resendChange(String name, String email);

    @Override
    @Message("Resend this message")
    String resendConfirm();

    @Override
    @Message("Resend anyway, at the risk of a duplicate")
    String resendUncertainConfirm();

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Resend {count} failed message(s)")
    String resendFailedTitle(int count);

    @Override
    @Message("A new copy of each of these {count} messages will be written and sent shortly. The original messages stay in the list with their history.")
    String resendFailedChange(int count);

    @Override
    @Message("Resend {count} message(s)")
    String resendFailedConfirm(int count);

    @Override
    @Message("No failed message to resend.")
    String noFailed();

    @Override
    @Message("Nothing was changed: message {id} is {status} and will be sent anyway.")
    String stillOnItsWay(long id, String status);

    @Override
    @Message("Message {id} resent: its copy, message {copy}, will be sent shortly.")
    String resent(long id, long copy);

    @Override
    @Message("{count} failed message(s) resent: their copies will be sent shortly.")
    String resentFailed(int count);

    @Override
    @Message("Preview of message {id}")
    String previewTitle(long id);

    @Override
    @Message("The message's text as it is sent, with the recipient's personal link masked (********).")
    String previewMasked();

    @Override
    @Message("To")
    String to();

    @Override
    @Message("Back to the emails")
    String back();
}
