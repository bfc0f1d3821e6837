package fr.openmap.web.publicpages;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The public pages' words in English. */
@Localized("en")
public interface EnglishPublicMessages extends PublicMessages {

    @Override
    @Message("Programme")
    String programme();

    @Override
    @Message("Time")
    String programmeTime();

    @Override
    @Message("What")
    String programmeWhat();

    @Override
    @Message("Take part")
    String takePart();

    @Override
    @Message("Registration is open until {date} at {time}.")
    String registrationOpenUntil(String date, String time);

    @Override
    @Message("Registration opens on {date} at {time}.")
    String registrationOpensOn(String date, String time);

    @Override
    @Message("Registration is closed.")
    String registrationClosed();

    @Override
    @Message("Every registration is reviewed by the organizers before it is confirmed.")
    String approvalNote();

    @Override
    @Message("Register as a public buyer")
    String registerBuyer();

    @Override
    @Message("Register as a social economy structure")
    String registerStructure();

    @Override
    @Message("Every buyer's table is taken: registration for buyers is full.")
    String buyersFull();

    @Override
    @Message("Every place for structures is taken: registration for structures is full.")
    String structuresFull();

    @Override
    @Message("Call for pitches: registered structures may apply until {date} at {time}, from their personal page.")
    String pitchOpen(String date, String time);

    @Override
    @Message("Call for pitches: applications open on {date} at {time}.")
    String pitchLater(String date, String time);

    @Override
    @Message("Already registered?")
    String alreadyRegistered();

    @Override
    @Message("Get my personal link again")
    String lostLinkLink();

    @Override
    @Message("Contact")
    String contactTitle();

    @Override
    @Message("A question? Write to the organizers:")
    String contactText();

    @Override
    @Message("Registration of a public buyer")
    String registerBuyerTitle();

    @Override
    @Message("Registration of a social economy structure")
    String registerStructureTitle();

    @Override
    @Message("For the matinale \"{title}\" on {date}. Fields marked with an asterisk (*) are required.")
    String formIntro(String title, String date);

    @Override
    @Message("Organization *")
    String fieldOrganization();

    @Override
    @Message("Service or department")
    String fieldService();

    @Override
    @Message("Contact's name *")
    String fieldContactName();

    @Override
    @Message("Email address *")
    String fieldEmail();

    @Override
    @Message("The link to your personal page will be sent there.")
    String fieldEmailHint();

    @Override
    @Message("Purchases you are interested in")
    String fieldInterests();

    @Override
    @Message("Separated by commas: cleaning, catering, green spaces…")
    String fieldInterestsHint();

    @Override
    @Message("Your needs in a few lines")
    String fieldNeeds();

    @Override
    @Message("Most meetings you want")
    String fieldMaxMeetings();

    @Override
    @Message("Leave empty for no limit.")
    String fieldMaxMeetingsHint();

    @Override
    @Message("Name of the structure *")
    String fieldName();

    @Override
    @Message("Legal form *")
    String fieldLegalForm();

    @Override
    @Message("Choose…")
    String fieldLegalFormChoose();

    @Override
    @Message("SIRET *")
    String fieldSiret();

    @Override
    @Message("14 digits, spaces allowed.")
    String fieldSiretHint();

    @Override
    @Message("Département *")
    String fieldDepartment();

    @Override
    @Message("For example 93, 2A or 971.")
    String fieldDepartmentHint();

    @Override
    @Message("Sector")
    String fieldSector();

    @Override
    @Message("What you offer, in a few lines")
    String fieldOffer();

    @Override
    @Message("Number of representatives")
    String fieldRepresentatives();

    @Override
    @Message("How many people will come: as many meetings at the same time. 1 if empty.")
    String fieldRepresentativesHint();

    @Override
    @Message("Send my registration")
    String submit();

    @Override
    @Message("Unavailable")
    String fieldUnavailable();

    @Override
    @Message("When you cannot have meetings, separated by commas: 12:00-12:30, or 2018-05-18 12:00-12:30 on another day.")
    String fieldUnavailableHint();

    @Override
    @Message("Registration received")
    String doneTitle();

    @Override
    @Message("Check your mailbox: an email has just been sent to the address you gave, with the link to your personal page.")
    String doneMail();

    @Override
    @Message("The organizers will review your registration; you will get their decision by email.")
    String donePending();

    @Override
    @Message("Nothing within a few minutes? Look in your spam folder, or")
    String doneNoMail();

    @Override
    @Message("ask for your link again")
    String askAgain();

    @Override
    @Message("Back to the event's page")
    String backToEvent();

    @Override
    @Message("Find my personal link")
    String lostLinkTitle();

    @Override
    @Message("Give the email address you registered with: if it is registered for this matinale, we send the link to your personal page there.")
    String lostLinkIntro();

    @Override
    @Message("Email address")
    String lostLinkEmail();

    @Override
    @Message("Send me my link")
    String lostLinkSubmit();

    @Override
    @Message("Request received")
    String sentTitle();

    @Override
    @Message("If this address is registered for the matinale, an email with the link to your personal page has just been sent there. Remember to look in your spam folder.")
    String sentText();

    @Override
    @Message("Too many requests from your address: try again in {seconds} s.")
    String throttled(long seconds);

    @Override
    @Message("Online registration and contact")
    String settingsLegend();

    @Override
    @Message("By default registration is open from now until the day before the event, without approval. Dates and times in the event's time zone.")
    String settingsHint();

    @Override
    @Message("Registration opens")
    String settingsOpensAt();

    @Override
    @Message("YYYY-MM-DDTHH:MM; empty: now.")
    String settingsOpensAtHint();

    @Override
    @Message("Registration closes")
    String settingsClosesAt();

    @Override
    @Message("Empty: at midnight before the event's day.")
    String settingsClosesAtHint();

    @Override
    @Message("Places for structures")
    String settingsMaxStructures();

    @Override
    @Message("Empty: no limit (buyers are limited by the tables).")
    String settingsMaxStructuresHint();

    @Override
    @Message("Approve each registration before it is confirmed")
    String settingsApproval();

    @Override
    @Message("Organizers' contact: name")
    String settingsOrganizerName();

    @Override
    @Message("Organizers' contact: email address")
    String settingsOrganizerEmail();
}
