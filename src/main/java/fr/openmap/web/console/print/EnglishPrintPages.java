package fr.openmap.web.console.print;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the printing page in English. */
@Localized("en")
public interface EnglishPrintPages extends PrintPages {

    @Override
    @Message("Documents to print")
    String title();

    @Override
    @Message("For the day of the event, in case the Wi-Fi or the phones fail. The agendas, table signs and room chart show the agendas as they were sent to the participants. Each document is an A4 PDF.")
    String intro();

    @Override
    @Message("The timetable changed since the agendas were sent: {changed} agenda(s) changed, {unsent} never sent. The documents print the agendas as sent; send the agendas first to print the current timetable.")
    String changedSinceSent(int changed, int unsent);

    @Override
    @Message("Send the agendas")
    String agendasLink();

    @Override
    @Message("Agenda booklet")
    String booklet();

    @Override
    @Message("every participant's agenda, one a page, in alphabetical order, for the welcome desk")
    String bookletHolds();

    @Override
    @Message("Table signs")
    String tableSigns();

    @Override
    @Message("one landscape page per table: its number in large print, the buyer (organization and service) and their meetings")
    String tableSignsHolds();

    @Override
    @Message("Room chart")
    String wallChart();

    @Override
    @Message("slots as rows, tables as columns, the buyer and the structure of each meeting, for the wall of the room")
    String wallChartHolds();

    @Override
    @Message("Badges")
    String badges();

    @Override
    @Message("one per participant: name, organization, role colour band (blue buyer, green structure), QR code and check-in code")
    String badgesHolds();

    @Override
    @Message("Pitch running order")
    String runningOrder();

    @Override
    @Message("the selected structures in their running order, with their times")
    String runningOrderHolds();

    @Override
    @Message("{count} {#if count == 1}page{#else}pages{/if}")
    String pages(int count);

    @Override
    @Message("{tables} {#if tables == 1}table{#else}tables{/if} × {slots} {#if slots == 1}slot{#else}slots{/if}")
    String tablesBySlots(int tables, int slots);

    @Override
    @Message("{count} {#if count == 1}pitch{#else}pitches{/if}")
    String pitches(int count);

    @Override
    @Message("Single agendas")
    String oneAgenda();

    @Override
    @Message("One participant's agenda as they received it (one page, with a QR code to their personal page).")
    String oneAgendaIntro();

    @Override
    @Message("Agenda of {name} (PDF)")
    String agendaOf(String name);
}
