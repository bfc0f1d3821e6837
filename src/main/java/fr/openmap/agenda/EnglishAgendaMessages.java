package fr.openmap.agenda;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The agenda emails' words in English. */
@Localized("en")
public interface EnglishAgendaMessages extends AgendaMessages {

    @Override
    @Message("en")
    String lang();

    @Override
    @Message("{#if changed}Your agenda has changed{#else}Your agenda{/if} — {title}")
    String subject(boolean changed, String title);

    @Override
    @Message("Hello {name},")
    String hello(String name);

    @Override
    @Message("Your agenda has changed")
    String changed();

    @Override
    @Message("since our previous email. Here is what changed:")
    String changedSince();

    @Override
    @Message("New meeting:")
    String newMeeting();

    @Override
    @Message("Cancelled meeting:")
    String cancelledMeeting();

    @Override
    @Message("Meeting moved with {counterpart}:")
    String movedMeeting(String counterpart);

    @Override
    @Message("now")
    String now();

    @Override
    @Message("with")
    String with();

    @Override
    @Message("Your full, up-to-date agenda follows; the attached")
    String fullAgendaFollows();

    @Override
    @Message("updates your calendar.")
    String icsUpdatesCalendar();

    @Override
    @Message("Here is your personal agenda for \"{title}\".")
    String intro(String title);

    @Override
    @Message("EVENT")
    String eventHeading();

    @Override
    @Message("Theme:")
    String theme();

    @Override
    @Message("Date:")
    String date();

    @Override
    @Message("Venue:")
    String venue();

    @Override
    @Message("Your meetings")
    String yourMeetings();

    @Override
    @Message("YOUR MEETINGS")
    String yourMeetingsHeading();

    @Override
    @Message(" (you are at table {table})")
    String atTable(String table);

    @Override
    @Message("Time")
    String timeColumn();

    @Override
    @Message("With")
    String withColumn();

    @Override
    @Message("Contact:")
    String contact();

    @Override
    @Message("No one-to-one meeting is scheduled for you yet. We will write to you as soon as your agenda changes.")
    String noMeetingBuyer();

    @Override
    @Message("Unfortunately we could not offer you a one-to-one meeting this time: the buyers' slots were all taken. "
            + "You are of course most welcome to the whole morning: the round table, the pitches and the exhibition spaces "
            + "are all chances to meet the buyers who attend. We will write to you if a meeting becomes available.")
    String noMeetingStructure();

    @Override
    @Message("Your personal page")
    String personalPage();

    @Override
    @Message("(agenda, meeting requests)")
    String personalPageHolds();

    @Override
    @Message("Your personal page (agenda, meeting requests):")
    String personalPageLine();

    @Override
    @Message("This link is personal: please do not share it.")
    String personalLinkWarning();

    @Override
    @Message("See you soon,")
    String seeYou();

    @Override
    @Message("The OpenMap Rencontres team")
    String team();

    @Override
    @Message("no longer registered")
    String noLongerRegistered();

    @Override
    @Message("Meeting with {counterpart} — table {table}")
    String calendarSummary(String counterpart, String table);
}
