package fr.openmap.print;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the printed documents in English. */
@Localized("en")
public interface EnglishPrintWords extends PrintWords {

    @Override
    @Message("en")
    String lang();

    @Override
    @Message("Agenda of {name}")
    String agendaTitle(String name);

    @Override
    @Message("Agenda booklet — {title}")
    String bookletTitle(String title);

    @Override
    @Message("Your personal page, up to date on the day:")
    String scanForPersonalPage();


    @Override
    @Message("Table signs — {title}")
    String tableSignsTitle(String title);

    @Override
    @Message("Table")
    String table();

    @Override
    @Message("Meetings at this table")
    String meetingsAtTable();

    @Override
    @Message("No meeting at this table.")
    String noMeetingAtTable();

    @Override
    @Message("Room chart — {title}")
    String wallChartTitle(String title);

    @Override
    @Message("Slot")
    String slot();

    @Override
    @Message("Badges — {title}")
    String badgesTitle(String title);

    @Override
    @Message("Public buyer")
    String roleBuyer();

    @Override
    @Message("Social economy structure")
    String roleStructure();

    @Override
    @Message("Organizer")
    String roleOrganizer();

    @Override
    @Message("Check-in code")
    String checkInCode();

    @Override
    @Message("Pitch running order — {title}")
    String runningOrderTitle(String title);

    @Override
    @Message("Order")
    String order();

    @Override
    @Message("Time")
    String time();

    @Override
    @Message("Structure")
    String structure();

}
