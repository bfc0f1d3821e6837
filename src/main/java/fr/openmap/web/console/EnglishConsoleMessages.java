package fr.openmap.web.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The console's words in English. */
@Localized("en")
public interface EnglishConsoleMessages extends ConsoleMessages {

    @Override
    @Message("en")
    String lang();

    @Override
    @Message("OpenMap Rencontres")
    String appName();

    @Override
    @Message("Français")
    String otherLanguage();

    @Override
    @Message("fr")
    String otherLanguageCode();

    @Override
    @Message("Skip to content")
    String skipToContent();

    @Override
    @Message("Main navigation")
    String mainNav();

    @Override
    @Message("Events")
    String navEvents();

    @Override
    @Message("Organizer accounts")
    String navAccounts();

    @Override
    @Message("Sign out")
    String signOut();

    @Override
    @Message("Signed in: {user}")
    String signedInAs(String user);

    @Override
    @Message("Event sections")
    String sectionsOf();

    @Override
    @Message("Dashboard")
    String sectionDashboard();

    @Override
    @Message("Buyers")
    String sectionBuyers();

    @Override
    @Message("Structures")
    String sectionStructures();

    @Override
    @Message("Meeting requests")
    String sectionRequests();

    @Override
    @Message("Timetable")
    String sectionTimetable();

    @Override
    @Message("Emails")
    String sectionOutbox();

    @Override
    @Message("Agendas")
    String sectionAgendas();

    @Override
    @Message("Pitches")
    String sectionPitch();

    @Override
    @Message("Printing")
    String sectionPrint();

    @Override
    @Message("On the day")
    String sectionDay();

    @Override
    @Message("Organizer sign-in")
    String loginTitle();

    @Override
    @Message("User name")
    String loginUser();

    @Override
    @Message("Password")
    String loginPassword();

    @Override
    @Message("Sign in")
    String loginSubmit();

    @Override
    @Message("Wrong user name or password.")
    String loginWrong();

    @Override
    @Message("Too many attempts from your address: try again in {seconds} s.")
    String loginThrottled(long seconds);

    @Override
    @Message("You are signed out.")
    String signedOut();

    @Override
    @Message("Business meetings between public buyers and social economy organisations")
    String homeTitle();

    @Override
    @Message("OpenMap Rencontres runs morning events where public buyers meet social and solidarity economy organisations in short one-to-one meetings.")
    String homeIntro();

    @Override
    @Message("You are registered for an event: open the personal link in your email to see your agenda and your meeting requests.")
    String homeParticipants();

    @Override
    @Message("You organise an event:")
    String homeOrganizers();

    @Override
    @Message("sign in to the console")
    String homeSignIn();

    @Override
    @Message("Organizer accounts")
    String accountsTitle();

    @Override
    @Message("User name")
    String accountsUser();

    @Override
    @Message("Created")
    String accountsCreated();

    @Override
    @Message("(you)")
    String accountsYou();

    @Override
    @Message("Remove")
    String accountsRemove();

    @Override
    @Message("Remove the account {name}")
    String accountsRemoveNamed(String name);

    @Override
    @Message("I confirm: removing my own account signs me out.")
    String accountsConfirmSelf();

    @Override
    @Message("Add an account")
    String accountsAddTitle();

    @Override
    @Message("Password (12 characters at least)")
    String accountsNewPassword();

    @Override
    @Message("Add the account")
    String accountsAdd();

    @Override
    @Message("Account “{name}” added.")
    String accountsAdded(String name);

    @Override
    @Message("Account “{name}” removed.")
    String accountsRemoved(String name);

    @Override
    @Message("Actions")
    String actions();

    @Override
    @Message("Nothing was changed: {reason}")
    String refused(String reason);

    @Override
    @Message("The form has problems; each one is shown next to its field.")
    String problemsIntro();

    @Override
    @Message("Problem:")
    String problemLabel();

    @Override
    @Message("Events")
    String eventsTitle();

    @Override
    @Message("Create an event")
    String eventsNew();

    @Override
    @Message("Import an event file")
    String eventsImportTitle();

    @Override
    @Message("openmap-event/1 file (JSON)")
    String eventsImportFile();

    @Override
    @Message("Import the event")
    String eventsImportSubmit();

    @Override
    @Message("Choose a file to import.")
    String eventsImportNoFile();

    @Override
    @Message("This file is not a readable openmap-event/1 JSON document.")
    String eventsImportUnreadable();

    @Override
    @Message("No event yet.")
    String eventsNone();

    @Override
    @Message("Event")
    String colEvent();

    @Override
    @Message("Date")
    String colDate();

    @Override
    @Message("Buyers")
    String colBuyers();

    @Override
    @Message("Structures")
    String colStructures();

    @Override
    @Message("Requests")
    String colRequests();

    @Override
    @Message("Meetings")
    String colMeetings();

    @Override
    @Message("Stage")
    String colPhase();

    @Override
    @Message("Registration open")
    String phaseRegistration();

    @Override
    @Message("Pitch selection made")
    String phasePitchSelected();

    @Override
    @Message("Timetable built")
    String phaseTimetable();

    @Override
    @Message("Agendas sent")
    String phaseAgendasSent();

    @Override
    @Message("Event “{title}” imported.")
    String imported(String title);

    @Override
    @Message("Create an event")
    String formNewTitle();

    @Override
    @Message("Edit the event")
    String formEditTitle();

    @Override
    @Message("Title")
    String fieldTitle();

    @Override
    @Message("Short name (slug)")
    String fieldSlug();

    @Override
    @Message("Lower-case letters, digits and dashes, for example matinale-2018-05-17.")
    String fieldSlugHint();

    @Override
    @Message("Theme")
    String fieldTheme();

    @Override
    @Message("Venue")
    String fieldVenue();

    @Override
    @Message("Date")
    String fieldDate();

    @Override
    @Message("Time zone")
    String fieldTimezone();

    @Override
    @Message("Number of tables")
    String fieldTables();

    @Override
    @Message("Pitch places")
    String fieldPitchPlaces();

    @Override
    @Message("Programme")
    String programmeTitle();

    @Override
    @Message("Item {number}")
    String itemLegend(int number);

    @Override
    @Message("Kind")
    String itemKind();

    @Override
    @Message("Title")
    String itemTitle();

    @Override
    @Message("Start")
    String itemStart();

    @Override
    @Message("End")
    String itemEnd();

    @Override
    @Message("Meeting length (min)")
    String itemSlot();

    @Override
    @Message("Changeover between meetings (min)")
    String itemChangeover();

    @Override
    @Message("For a networking item only.")
    String itemSlotsHint();

    @Override
    @Message("{#if count == 0}no slot{#else if count == 1}1 slot{#else}{count} slots{/if}")
    String slotCount(int count);

    @Override
    @Message("Add an item")
    String itemAdd();

    @Override
    @Message("Remove")
    String itemRemove();

    @Override
    @Message("Move up")
    String itemUp();

    @Override
    @Message("Move down")
    String itemDown();

    @Override
    @Message("Item {number}:")
    String itemActionsOf(int number);

    @Override
    @Message("Welcome")
    String kindWELCOME();

    @Override
    @Message("Opening")
    String kindOPENING();

    @Override
    @Message("Round table")
    String kindROUND_TABLE();

    @Override
    @Message("Pitches")
    String kindPITCHES();

    @Override
    @Message("Networking (meetings)")
    String kindNETWORKING();

    @Override
    @Message("Exhibition")
    String kindEXHIBITION();

    @Override
    @Message("Closing")
    String kindCLOSING();

    @Override
    @Message("Other")
    String kindOTHER();

    @Override
    @Message("Save the changes")
    String save();

    @Override
    @Message("Create the event")
    String create();

    @Override
    @Message("Cancel")
    String cancel();

    @Override
    @Message("Changes saved.")
    String saved();

    @Override
    @Message("Event “{title}” created.")
    String created(String title);

    @Override
    @Message("Edit the event")
    String dashboardEdit();

    @Override
    @Message("Duplicate")
    String dashboardDuplicate();

    @Override
    @Message("Delete")
    String dashboardDelete();

    @Override
    @Message("Export the openmap-event/1 file")
    String dashboardExport();

    @Override
    @Message("In figures")
    String countsTitle();

    @Override
    @Message("Networking: {count} slots in all.")
    String programmeSlots(int count);

    @Override
    @Message("Duplicate the event")
    String duplicateTitle();

    @Override
    @Message("The programme, tables and settings are copied; participants are not.")
    String duplicateIntro();

    @Override
    @Message("Create the copy")
    String duplicateSubmit();

    @Override
    @Message("Copy “{title}” created.")
    String duplicated(String title);

    @Override
    @Message("Delete the event")
    String deleteTitle();

    @Override
    @Message("Everything about this event will be erased: participants, requests, meetings, timetable, emails and pitch applications.")
    String deleteWarning();

    @Override
    @Message("To confirm, type the event's short name: {slug}")
    String deleteConfirm(String slug);

    @Override
    @Message("Delete for good")
    String deleteSubmit();

    @Override
    @Message("The short name typed is not the event's: nothing was deleted.")
    String deleteMismatch();

    @Override
    @Message("Event “{title}” deleted.")
    String deleted(String title);
}
