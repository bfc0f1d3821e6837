package fr.openmap.web.personal;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The personal space's words in English. */
@Localized("en")
public interface EnglishPersonalMessages extends PersonalMessages {

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

    @Override
    @Message("Main menu")
    String mainNav();

    @Override
    @Message("Your space")
    String spaceNav();

    @Override
    @Message("Français")
    String otherLanguage();

    @Override
    @Message("Agenda and requests")
    String navHome();

    @Override
    @Message("Your registration")
    String navProfile();

    @Override
    @Message("The buyers")
    String navBuyers();

    @Override
    @Message("The structures")
    String navStructures();

    @Override
    @Message("Book a slot")
    String navBooking();

    @Override
    @Message("Pitch")
    String navPitch();

    @Override
    @Message("Your agenda has not been sent yet: you will get it by email, and it will show here.")
    String agendaNotSent();

    @Override
    @Message("Agenda sent on {date} at {time}.")
    String agendaSentOn(String date, String time);

    @Override
    @Message("Download the agenda for your calendar (.ics)")
    String calendarDownload();

    @Override
    @Message("Accepted requests without a meeting")
    String unmetTitle();

    @Override
    @Message("These requests were accepted but have no meeting in your agenda:")
    String unmetIntro();

    @Override
    @Message("Message (optional)")
    String messageLabel();

    @Override
    @Message("A few words for the other participant, 1000 characters at most.")
    String messageHint();

    @Override
    @Message("Their message:")
    String theirMessage();

    @Override
    @Message("Your message:")
    String yourMessage();

    @Override
    @Message("Answer:")
    String answerMessage();

    @Override
    @Message("Withdraw my request")
    String withdraw();

    @Override
    @Message("Your request was withdrawn.")
    String withdrawnNotice();

    @Override
    @Message("Your answer was not recorded:")
    String notRecorded();

    @Override
    @Message("Nothing was changed:")
    String changeRefused();

    @Override
    @Message("Requests received")
    String incomingTitle();

    @Override
    @Message("Requests sent")
    String outgoingTitle();

    @Override
    @Message("Your registration")
    String profileTitle();

    @Override
    @Message("What you change here is seen by the organizers and, for the name, the presentation and the interests, by the participants of the other side.")
    String profileIntro();

    @Override
    @Message("Your registration was updated.")
    String profileSaved();

    @Override
    @Message("Language of your emails and your space")
    String fieldLanguage();

    @Override
    @Message("French")
    String languageFrench();

    @Override
    @Message("English")
    String languageEnglish();

    @Override
    @Message("Save the changes")
    String save();

    @Override
    @Message("Set by the organizers (you cannot change it):")
    String organizerOnly();

    @Override
    @Message("Table")
    String buyerTable();

    @Override
    @Message("Registration waiting for the organizers' approval.")
    String approvalPending();

    @Override
    @Message("The public buyers taking part")
    String catalogueBuyersTitle();

    @Override
    @Message("The structures taking part")
    String catalogueStructuresTitle();

    @Override
    @Message("Search")
    String searchLabel();

    @Override
    @Message("A name, a word of the presentation, an interest…")
    String searchHint();

    @Override
    @Message("Kind of structure")
    String familyLabel();

    @Override
    @Message("Département")
    String departmentLabel();

    @Override
    @Message("Sector")
    String sectorLabel();

    @Override
    @Message("Any")
    String anyOption();

    @Override
    @Message("Filter")
    String filter();

    @Override
    @Message("{count} result(s)")
    String resultCount(int count);

    @Override
    @Message("No participant matches these criteria.")
    String noResult();

    @Override
    @Message("Purchasing interests")
    String interests();

    @Override
    @Message("Needs")
    String needs();

    @Override
    @Message("Offer")
    String offer();

    @Override
    @Message("Selected to pitch")
    String pitchSelected();

    @Override
    @Message("Ask for a meeting")
    String askTitle();

    @Override
    @Message("Priority")
    String priorityLabel();

    @Override
    @Message("Send the request")
    String askSubmit();

    @Override
    @Message("Your request was sent.")
    String askedNotice();

    @Override
    @Message("You asked for a meeting ({priority}): {status}.")
    String alreadyAsked(String priority, String status);

    @Override
    @Message("This participant asked you for a meeting: answer from \"Agenda and requests\".")
    String theyAsked();

    @Override
    @Message("Requests awaiting an answer: {count} of at most {max}.")
    String pendingCount(int count, int max);

    @Override
    @Message("Meeting requests are closed: to change anything, write to the organizer.")
    String requestsFrozen();

    @Override
    @Message("Meeting requests awaiting an answer per participant, at most")
    String settingsMaxPendingRequests();

    @Override
    @Message("Empty: 15. A participant who reached this number of unanswered requests must withdraw one or wait for answers.")
    String settingsMaxPendingRequestsHint();

    @Override
    @Message("You are seeing {name}'s space read-only: nothing here changes their answers or requests.")
    String readOnlyBanner(String name);

    @Override
    @Message("Back to the console")
    String backToConsole();
}
