package fr.openmap.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The personal page's words in English. */
@Localized("en")
public interface EnglishPageMessages extends PageMessages {

    @Override
    @Message("en")
    String lang();

    @Override
    @Message("Your agenda")
    String agendaTitle();

    @Override
    @Message("table")
    String table();

    @Override
    @Message("You have no one-to-one meeting yet.")
    String noMeeting();

    @Override
    @Message("Programme")
    String programme();

    @Override
    @Message("Your meeting requests")
    String requestsTitle();

    @Override
    @Message("No request yet.")
    String noRequest();

    @Override
    @Message("asked you for a meeting")
    String askedBy();

    @Override
    @Message("you asked for a meeting")
    String askedTo();

    @Override
    @Message("priority")
    String priority();

    @Override
    @Message("Accept")
    String accept();

    @Override
    @Message("Decline")
    String decline();

    @Override
    @Message("Request accepted. Thank you!")
    String acceptedNotice();

    @Override
    @Message("Request declined.")
    String declinedNotice();

    @Override
    @Message("This link is not valid or was renewed. Ask the organizer for a new link.")
    String invalidLink();

    @Override
    @Message("Access denied")
    String refusedTitle();

    @Override
    @Message("Contact")
    String contact();

    @Override
    @Message("Answers to requests are closed: to change anything, write to the organizer.")
    String answersFrozen();

    @Override
    @Message("Your answer was not recorded: answers to requests are closed, or the request changed meanwhile.")
    String answerRefused();

    @Override
    @Message("awaiting an answer")
    String statusPending();

    @Override
    @Message("accepted")
    String statusAccepted();

    @Override
    @Message("declined")
    String statusDeclined();
}
