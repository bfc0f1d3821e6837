package fr.openmap.web.console.requests;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the requests page in English. */
@Localized("en")
public interface EnglishRequestPages extends RequestPages {

    @Override
    @Message("Meeting requests")
    String title();


    @Override
    @Message("{total} requests in all, by status")
    String countsCaption(int total);

    @Override
    @Message("Status")
    String filterStatus();

    @Override
    @Message("Any")
    String any();

    @Override
    @Message("Buyer")
    String filterBuyer();

    @Override
    @Message("Every buyer")
    String anyBuyer();

    @Override
    @Message("Structure")
    String filterStructure();

    @Override
    @Message("Every structure")
    String anyStructure();

    @Override
    @Message("Priority")
    String filterPriority();

    @Override
    @Message("Filter")
    String filter();

    @Override
    @Message("Show all")
    String showAll();

    @Override
    @Message("{shown} of {total} request(s) shown.")
    String shown(int shown, int total);

    @Override
    @Message("No request matches these filters.")
    String noneMatching();

    @Override
    @Message("No meeting request yet.")
    String none();

    @Override
    @Message("No.")
    String colNumber();

    @Override
    @Message("Asked by")
    String colAsker();

    @Override
    @Message("Asked to")
    String colAsked();

    @Override
    @Message("Priority")
    String colPriority();

    @Override
    @Message("Status")
    String colStatus();

    @Override
    @Message("Answered by")
    String colAnswer();

    @Override
    @Message("Answer")
    String colActions();

    @Override
    @Message("buyer")
    String buyer();

    @Override
    @Message("structure")
    String structure();

    @Override
    @Message("Accept")
    String accept();

    @Override
    @Message("Accept request {id}")
    String acceptNamed(long id);

    @Override
    @Message("Decline")
    String decline();

    @Override
    @Message("Decline request {id}")
    String declineNamed(long id);

    @Override
    @Message("Accept on behalf of {name} ({ref})")
    String confirmAccept(String name, String ref);

    @Override
    @Message("Decline on behalf of {name} ({ref})")
    String confirmDecline(String name, String ref);

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Answer request {id}")
    String confirmTitle(long id);

    @Override
    @Message("Request {id} will go from {from} to {to}, as the answer of {name} ({ref}) given by the organizer: it is recorded as your act, with the date and time.")
    String confirmChange(long id, String from, String to, String name, String ref);

    @Override
    @Message("Request {id} is already {to}: confirming changes nothing.")
    String confirmSame(long id, String to);

    @Override
    @Message("An accepted request counts for the timetable by its priority, when it is built or rebuilt.")
    String effectAccepted();

    @Override
    @Message("A declined request gives no meeting in the next timetable built, and that meeting can no longer be booked by hand.")
    String effectDeclined();

    @Override
    @Message("Request {id} is now {status}, recorded as the organizer's answer.")
    String answered(long id, String status);

    @Override
    @Message("Unknown answer: choose Accept or Decline on a request of the list.")
    String answerUnknown();

    @Override
    @Message("Participants' answers have been frozen since {when}: only the organizer can still change requests.")
    String frozen(String when);

    @Override
    @Message("the organizer, on behalf of {name}")
    String byOrganizer(String name);

    @Override
    @Message("{who}, on {when}")
    String answeredOn(String who, String when);
}
