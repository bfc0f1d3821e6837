package fr.openmap.web.console.day;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the organizer's "meetings held" page in English. */
@Localized("en")
public interface EnglishHeldPages extends HeldPages {

    @Override
    @Message("Meetings held")
    String title();

    @Override
    @Message("Each participant can say from their personal page, once a meeting has begun, whether it took place. A meeting is held if at least one of the two said so and nobody the contrary; not held the other way round; otherwise unknown: no answer, or contradictory answers.")
    String intro();

    @Override
    @Message("See which meetings were held")
    String link();

    @Override
    @Message("Back to the welcome desk")
    String backToDay();

    @Override
    @Message("Refresh")
    String refresh();

    @Override
    @Message("The agendas have not been sent yet: there is no meeting to follow yet.")
    String nothingSent();

    @Override
    @Message("{held} held out of {total}")
    String heldOf(int held, int total);

    @Override
    @Message("{notHeld} not held, {noAnswer} without an answer, {contradictory} with contradictory answers.")
    String totalDetails(int notHeld, int noAnswer, int contradictory);

    @Override
    @Message("By slot")
    String slotsCaption();

    @Override
    @Message("Slot")
    String slot();

    @Override
    @Message("Held")
    String held();

    @Override
    @Message("Not held")
    String notHeld();

    @Override
    @Message("Unknown: no answer")
    String noAnswer();

    @Override
    @Message("Unknown: contradictory answers")
    String contradictory();

    @Override
    @Message("Meetings")
    String meetings();

    @Override
    @Message("not begun yet")
    String notBegun();

    @Override
    @Message("Table")
    String table();

    @Override
    @Message("Buyer")
    String buyer();

    @Override
    @Message("Structure")
    String structure();

    @Override
    @Message("Their answer")
    String said();

    @Override
    @Message("Outcome")
    String outcome();

    @Override
    @Message("took place")
    String saidHeld();

    @Override
    @Message("did not take place")
    String saidNotHeld();

    @Override
    @Message("no answer")
    String saidNothing();

    @Override
    @Message("held")
    String outcomeHeld();

    @Override
    @Message("not held")
    String outcomeNotHeld();

    @Override
    @Message("unknown (no answer)")
    String outcomeNoAnswer();

    @Override
    @Message("unknown (contradictory answers)")
    String outcomeContradictory();
}
