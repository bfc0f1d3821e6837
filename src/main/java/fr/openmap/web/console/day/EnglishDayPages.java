package fr.openmap.web.console.day;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the day's pages (the welcome desk) in English. */
@Localized("en")
public interface EnglishDayPages extends DayPages {

    @Override
    @Message("Welcome desk on the day")
    String title();

    @Override
    @Message("Find a participant by name or organization, or type the code printed under the QR code of their badge.")
    String intro();

    @Override
    @Message("Arrivals")
    String countsCaption();

    @Override
    @Message("Expected (with meetings)")
    String expected();

    @Override
    @Message("All participants")
    String everyone();

    @Override
    @Message("{arrived} arrived out of {total}")
    String arrivedOf(int arrived, int total);

    @Override
    @Message("Name or organization")
    String searchLabel();

    @Override
    @Message("Search")
    String search();

    @Override
    @Message("Badge code")
    String codeLabel();

    @Override
    @Message("Open")
    String open();

    @Override
    @Message("No participant matches “{query}”.")
    String noResult(String query);

    @Override
    @Message("Participant")
    String participant();

    @Override
    @Message("Role")
    String role();

    @Override
    @Message("Buyer")
    String buyer();

    @Override
    @Message("Structure")
    String structure();

    @Override
    @Message("Meetings")
    String meetings();

    @Override
    @Message("Arrival")
    String arrival();

    @Override
    @Message("Arrived at {time}")
    String arrivedAt(String time);

    @Override
    @Message("Not arrived yet")
    String notArrived();

    @Override
    @Message("Mark arrived")
    String markArrived();

    @Override
    @Message("Undo the arrival")
    String undo();

    @Override
    @Message("{name} is marked arrived.")
    String markedArrived(String name);

    @Override
    @Message("The arrival of {name} is undone.")
    String undone(String name);

    @Override
    @Message("Refresh the figures")
    String refresh();

    @Override
    @Message("Link for the welcome desk")
    String staffLinkTitle();

    @Override
    @Message("A link to give the people at the welcome desk: it opens only this page of the event, without an organizer account, until you revoke it.")
    String staffLinkIntro();

    @Override
    @Message("Link created at {time}:")
    String staffLinkCreatedAt(String time);

    @Override
    @Message("Create the welcome-desk link")
    String createStaffLink();

    @Override
    @Message("Replace the link (the old one will stop working)")
    String replaceStaffLink();

    @Override
    @Message("Revoke the link")
    String revokeStaffLink();

    @Override
    @Message("The welcome-desk link is revoked: it opens nothing any more.")
    String staffLinkRevoked();

    @Override
    @Message("Invalid link")
    String invalidTitle();

    @Override
    @Message("Mark absent")
    String markAbsent();

    @Override
    @Message("Undo the absence")
    String undoAbsent();

    @Override
    @Message("Absent")
    String absent();

    @Override
    @Message("{name} is marked absent; their meetings are flagged below.")
    String markedAbsent(String name);

    @Override
    @Message("The absence of {name} is undone.")
    String absenceUndone(String name);

    @Override
    @Message("Meetings freed by the absent")
    String freedTitle();

    @Override
    @Message("Time")
    String time();

    @Override
    @Message("Table")
    String table();

    @Override
    @Message("Absent")
    String absentColumn();

    @Override
    @Message("Was to meet")
    String partner();

    @Override
    @Message("The meeting is given to {name}: the two people concerned got an email and see it on their personal page.")
    String replacedNotice(String name);

    @Override
    @Message("{count} participant(s) marked absent: their meetings to come are flagged below, with possible replacements.")
    String absentAllNotice(int count);

    @Override
    @Message("Mark absent those who have not arrived")
    String absentAllTitle();

    @Override
    @Message("The expected participants (those with meetings) not arrived yet will be marked absent; their meetings from that time on are freed and replacements proposed. An absence can then be undone one by one.")
    String absentAllIntro();

    @Override
    @Message("From (HH:MM)")
    String absentAllFrom();

    @Override
    @Message("See who has not arrived")
    String absentAllPrepare();

    @Override
    @Message("Every expected participant has arrived or is already marked absent: there is nobody to mark.")
    String absentAllNobody();

    @Override
    @Message("Mark these {count} participant(s) absent")
    String absentAllConfirm(int count);

    @Override
    @Message("{count} expected participant(s) have not arrived; their meetings from {from} on will be freed:")
    String absentAllCount(int count, String from);

    @Override
    @Message("Back to the welcome desk")
    String back();

    @Override
    @Message("Proposed replacement")
    String replacementColumn();

    @Override
    @Message("Nobody available: no participant arrived, free at that time and with a request for this meeting.")
    String noCandidate();

    @Override
    @Message("Give this meeting to {name}")
    String giveTo(String name);

    @Override
    @Message("request weight: {weight}")
    String candidateWeight(int weight);

    @Override
    @Message("or instead:")
    String orInstead();

    @Override
    @Message("The organizer confirms replacements from the console.")
    String replaceOrganizerOnly();

    @Override
    @Message("A replacement is a participant of the same side, arrived, free at that slot, with a request not declined to or from the partner, the strongest first. Confirming tells the partner and the replacement by email; no other meeting moves.")
    String replaceHint();
}
