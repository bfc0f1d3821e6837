package fr.openmap.web.console.pitch;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the call-for-pitches pages in English. */
@Localized("en")
public interface EnglishPitchPages extends PitchPages {

    @Override
    @Message("Call for pitches")
    String title();

    @Override
    @Message("This event has no call for pitches yet.")
    String noCall();

    @Override
    @Message("Review committee")
    String reviewersLink();

    @Override
    @Message("Ranking and selection")
    String rankingTitle();

    @Override
    @Message("Each application is ranked by the median of its reviews' weighted scores: one harsh or generous reviewer cannot move it alone. Reviewers {threshold} points or more apart are flagged.")
    String rankingIntro(String threshold);

    @Override
    @Message("No application yet.")
    String noApplication();

    @Override
    @Message("Ranking of the applications")
    String caption();

    @Override
    @Message("Rank")
    String colRank();

    @Override
    @Message("Structure")
    String colStructure();

    @Override
    @Message("Status")
    String colStatus();

    @Override
    @Message("Median")
    String colMedian();

    @Override
    @Message("Spread")
    String colSpread();

    @Override
    @Message("Reviews")
    String colReviews();

    @Override
    @Message("Disagreement")
    String colDisagreement();

    @Override
    @Message("disagreement")
    String disagreement();

    @Override
    @Message("not reviewed")
    String unreviewed();

    @Override
    @Message("No application")
    String statusNone();

    @Override
    @Message("Applied")
    String statusAPPLIED();

    @Override
    @Message("Selected")
    String statusSELECTED();

    @Override
    @Message("Wait-listed")
    String statusWAITLISTED();

    @Override
    @Message("Not selected")
    String statusNOT_SELECTED();

    @Override
    @Message("Withdrawn")
    String statusWITHDRAWN();

    @Override
    @Message("Pitch places")
    String placesTitle();

    @Override
    @Message("{places} pitch places, {taken} of them already taken without an application (import or the structure's form): {free} to fill.")
    String places(int places, int taken, int free);

    @Override
    @Message("Waiting list: {size} position(s) planned, {taken} already taken: {free} to fill.")
    String waitlist(int size, int taken, int free);

    @Override
    @Message("Already taken")
    String heldCaption();

    @Override
    @Message("Select")
    String selectTitle();

    @Override
    @Message("Number of structures to select")
    String fieldSelect();

    @Override
    @Message("At most {free}, the places still free.")
    String hintSelect(int free);

    @Override
    @Message("Number of structures to wait-list")
    String fieldWaitlist();

    @Override
    @Message("Reason (optional, kept in the history)")
    String fieldReason();

    @Override
    @Message("Prepare the selection")
    String prepare();

    @Override
    @Message("The selection was made on {when}. You can redo it until applicants are told: a structure that keeps its place keeps its time.")
    String redoPossible(String when);

    @Override
    @Message("The selection was made on {when} and applicants were told. A change now goes through a withdrawal or a status change with its reason.")
    String redoClosed(String when);

    @Override
    @Message("Selection saved: {selected} selected, {waitlisted} wait-listed, {notSelected} not selected.")
    String done(int selected, int waitlisted, int notSelected);

    @Override
    @Message("Must be a whole number.")
    String wholeNumber();

    @Override
    @Message("A tie to settle")
    String tieTitle();

    @Override
    @Message("{count} applications have the same median ({median}) on either side of the \"{boundary}\" line: none is favoured without your choice.")
    String tieIntro(int count, String median, String boundary);

    @Override
    @Message("Choose the {above} structure(s) that go ahead")
    String tieLegend(int above);

    @Override
    @Message("Choose exactly {above} structure(s) among those tied.")
    String tieCount(int above);

    @Override
    @Message("Settle the tie")
    String settle();

    @Override
    @Message("selected / wait-listed")
    String boundarySelectedWaitlisted();

    @Override
    @Message("selected / not selected")
    String boundarySelectedNotSelected();

    @Override
    @Message("waiting-list order")
    String boundaryWaitlistOrder();

    @Override
    @Message("wait-listed / not selected")
    String boundaryWaitlistedNotSelected();

    @Override
    @Message("Confirm the selection")
    String confirmTitle();

    @Override
    @Message("{selected} structure(s) will be selected, {waitlisted} wait-listed, {notSelected} not selected.")
    String confirmCounts(int selected, int waitlisted, int notSelected);

    @Override
    @Message("Ties you settled: {refs}.")
    String settledTies(String refs);

    @Override
    @Message("Select {selected} structure(s) and wait-list {waitlisted}")
    String confirmButton(int selected, int waitlisted);

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Outcome of the selection")
    String outcomeCaption();

    @Override
    @Message("New status")
    String colOutcome();

    @Override
    @Message("Running order")
    String orderTitle();

    @Override
    @Message("Each selected structure keeps its place: a withdrawal leaves the others' times unchanged and the promoted structure takes the freed place.")
    String orderIntro();

    @Override
    @Message("{title}, from {start} to {end}")
    String item(String title, String start, String end);

    @Override
    @Message("{start} – {end}")
    String slot(String start, String end);

    @Override
    @Message("No structure selected yet.")
    String noPitch();

    @Override
    @Message("Pitch running order")
    String orderCaption();

    @Override
    @Message("Place")
    String colPlace();

    @Override
    @Message("Time")
    String colTime();

    @Override
    @Message("Move")
    String colMove();

    @Override
    @Message("Earlier")
    String moveUp();

    @Override
    @Message("Later")
    String moveDown();

    @Override
    @Message("Earlier: {name}")
    String moveUpNamed(String name);

    @Override
    @Message("Later: {name}")
    String moveDownNamed(String name);

    @Override
    @Message("Applicants were told their times: the order no longer changes.")
    String orderLocked();

    @Override
    @Message("Printable version")
    String printLink();

    @Override
    @Message("Print this page with your browser's print command (Ctrl+P).")
    String printHint();

    @Override
    @Message("Running order")
    String runningOrderLink();

    @Override
    @Message("Back to the call for pitches")
    String backToPitch();

    @Override
    @Message("Telling the applicants")
    String notificationsTitle();

    @Override
    @Message("Each applicant receives one email telling their current status, once; a status that changes after the send is told again, as an update.")
    String notificationsIntro();

    @Override
    @Message("Telling the applicants")
    String notificationsLink();

    @Override
    @Message("No message to send: every applicant already knows their current status.")
    String nothingToSend();

    @Override
    @Message("No message to send to {ref}.")
    String nothingFor(String ref);

    @Override
    @Message("Send {count} messages")
    String sendButton(int count);

    @Override
    @Message("Send {count} messages?")
    String sendConfirmTitle(int count);

    @Override
    @Message("{count} messages will be sent.")
    String sendConfirm(int count);

    @Override
    @Message("{count} messages sent: they leave one by one from the email queue.")
    String sentNotice(int count);

    @Override
    @Message("Messages to send")
    String messagesCaption();

    @Override
    @Message("Recipient")
    String colRecipient();

    @Override
    @Message("Subject")
    String colSubject();

    @Override
    @Message("Message")
    String colKind();

    @Override
    @Message("update")
    String update();

    @Override
    @Message("first notice")
    String firstNotice();

    @Override
    @Message("Preview")
    String preview();

    @Override
    @Message("Preview of the message to {name}")
    String previewNamed(String name);

    @Override
    @Message("Message to {name}: preview")
    String messageTitle(String name);

    @Override
    @Message("The email as the send will write it.")
    String messageIntro();

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
    @Message("Back to telling the applicants")
    String backToNotifications();

    @Override
    @Message("See the event's emails")
    String outboxLink();

    @Override
    @Message("Call for pitches settings")
    String callTitle();

    @Override
    @Message("Call settings")
    String callLink();

    @Override
    @Message("Dates are the event's local time. The committee scores each criterion from 1 to 5; its weight says how much it counts in the weighted score.")
    String callIntro();

    @Override
    @Message("Settings saved.")
    String callSaved();

    @Override
    @Message("Applications open")
    String fieldOpensAt();

    @Override
    @Message("Applications close")
    String fieldClosesAt();

    @Override
    @Message("Waiting-list positions")
    String fieldWaitlistSize();

    @Override
    @Message("Criteria and weights")
    String criteriaLegend();

    @Override
    @Message("Leave a row empty not to use it; with no criterion at all, four criteria of equal weight apply.")
    String criteriaHint();

    @Override
    @Message("Criterion {number}")
    String fieldCriterionName(int number);

    @Override
    @Message("Weight of criterion {number}")
    String fieldCriterionWeight(int number);

    @Override
    @Message("Coaching half-day (optional)")
    String coachingLegend();

    @Override
    @Message("Date and time")
    String fieldCoachingAt();

    @Override
    @Message("Place")
    String fieldCoachingPlace();

    @Override
    @Message("Save the settings")
    String saveCall();

    @Override
    @Message("\"{name}\" is listed twice.")
    String criterionTwice(String name);

    @Override
    @Message("The weight must be a number (for example 1 or 1.5).")
    String weightNumber();

    @Override
    @Message("Applications")
    String applicationsTitle();

    @Override
    @Message("Applications")
    String applicationsLink();

    @Override
    @Message("Applications received")
    String applicationsCaption();

    @Override
    @Message("PDF dossier")
    String colDossier();

    @Override
    @Message("{kb} KB")
    String dossierSize(int kb);

    @Override
    @Message("none")
    String noDossier();

    @Override
    @Message("See")
    String see();

    @Override
    @Message("See the application of {name}")
    String seeNamed(String name);

    @Override
    @Message("Add an application for a structure")
    String addLink();

    @Override
    @Message("New application for a structure")
    String addTitle();

    @Override
    @Message("Save the application")
    String addButton();

    @Override
    @Message("Structure")
    String fieldStructure();

    @Override
    @Message("Who are you?")
    String fieldPresentation();

    @Override
    @Message("What you offer public buyers")
    String fieldOffer();

    @Override
    @Message("Social impact (people in insertion, hours, outcomes)")
    String fieldSocialImpact();

    @Override
    @Message("References (one a line)")
    String fieldReferences();

    @Override
    @Message("Reason for the change (required, kept in the history)")
    String fieldEditReason();

    @Override
    @Message("Reason for the deletion (required, kept in the history)")
    String fieldDeleteReason();

    @Override
    @Message("Application of {name}")
    String applicationTitle(String name);

    @Override
    @Message("Open the PDF dossier ({kb} KB, new tab)")
    String openDossier(int kb);

    @Override
    @Message("No PDF dossier attached.")
    String noDossierYet();

    @Override
    @Message("Edit the application")
    String editTitle();

    @Override
    @Message("Save the changes")
    String editButton();

    @Override
    @Message("Delete the application")
    String deleteTitle();

    @Override
    @Message("The application, its dossier and its reviews will be deleted; the structure may apply again while the call is open.")
    String deleteWarning();

    @Override
    @Message("Delete the application")
    String deleteButton();

    @Override
    @Message("Application saved.")
    String applicationSaved();

    @Override
    @Message("Application of {ref} deleted.")
    String applicationDeleted(String ref);

    @Override
    @Message("Back to the applications")
    String backToApplications();
}
