package fr.openmap.web.console.timetable;

import fr.openmap.timetable.PublishedDifference;
import fr.openmap.timetable.solver.TimetableResult;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The words of the timetable page in English. */
@Localized("en")
public interface EnglishTimetableMessages extends TimetableMessages {

    @Override
    @Message("Meeting timetable")
    String title();

    @Override
    @Message("Build the timetable")
    String buildButton();

    @Override
    @Message("Start from scratch")
    String freshLabel();

    @Override
    @Message("Ignores the agendas already sent: every meeting they announce may then change. Without this box, the"
            + " solver moves or cancels a meeting already announced only where nothing else is possible.")
    String freshHint();

    @Override
    @Message("Solving")
    String solvingTitle();

    @Override
    @Message("For {elapsed}{#if best != null}; best plan found so far: {best.meetings} {#if best.meetings == 1}meeting{#else}meetings{/if}, {best.structuresServed} of {best.structuresToServe} {#if best.structuresToServe == 1}structure{#else}structures{/if} served, weight {best.totalWeight}, {best.idleSlots} idle {#if best.idleSlots == 1}slot{#else}slots{/if}{/if}.")
    String progress(String elapsed, TimetableResult.Counts best);

    @Override
    @Message("Stop")
    String stopButton();

    @Override
    @Message("The solver stops and keeps the best plan found so far.")
    String stopHint();

    @Override
    @Message("Refresh the page")
    String refresh();

    @Override
    @Message("No timetable has been built for this event yet.")
    String nothingYet();

    @Override
    @Message("The last run did not finish; the previous timetable is kept. Build it again.")
    String failed();

    @Override
    @Message("The solver has started.")
    String started();

    @Override
    @Message("The solver stopped; the best plan found is kept.")
    String stopped();

    @Override
    @Message("Result")
    String resultTitle();

    @Override
    @Message("Meetings")
    String colMeetings();

    @Override
    @Message("Structures served")
    String colServed();

    @Override
    @Message("{served} of {servable}")
    String servedOf(int served, int servable);

    @Override
    @Message("Idle slots")
    String colIdle();

    @Override
    @Message("Weight of the requests met")
    String colWeight();

    @Override
    @Message("Optimal: no timetable can do better, the bound is reached.")
    String optimal();

    @Override
    @Message("Not proven optimal: the bound (what no timetable can exceed) assumes {#if servable > served}{servable} structures served, {/if}a weight of {boundWeight}{#if idle > 0} and no idle slot{/if}; this timetable has a weight of {weight}.")
    String notOptimal(long weight, long boundWeight, int served, int servable, int idle);

    @Override
    @Message("Against the {d.sent} {#if d.sent == 1}meeting{#else}meetings{/if} of the agendas already sent: {d.moved} moved, {d.cancelled} cancelled, {d.added} added.")
    String published(PublishedDifference d);

    @Override
    @Message("No agenda has been sent yet: this timetable changes nothing that was announced.")
    String nothingPublished();

    @Override
    @Message("Solved in {duration}{#if fresh}, starting from scratch{/if}.")
    String solvedIn(String duration, boolean fresh);

    @Override
    @Message("Timetable by buyer")
    String byBuyerTitle();

    @Override
    @Message("Timetable by buyer: a row per buyer and their table, a column per slot; each cell names the structure met.")
    String byBuyerCaption();

    @Override
    @Message("Timetable by structure")
    String byStructureTitle();

    @Override
    @Message("Timetable by structure: a row per structure, a column per slot; each cell names the buyer and their table.")
    String byStructureCaption();

    @Override
    @Message("Buyer")
    String colBuyer();

    @Override
    @Message("Structure")
    String colStructure();

    @Override
    @Message("table {label}")
    String table(String label);

    @Override
    @Message("Legend")
    String legendTitle();

    @Override
    @Message("P{priority}")
    String priorityMark(int priority);

    @Override
    @Message("the request's priority {priority}{#if priority == 1} (the highest){/if}")
    String priorityLabel(int priority);

    @Override
    @Message("B")
    String bookedMark();

    @Override
    @Message("meeting booked by hand: the solver does not move it")
    String bookedLabel();

    @Override
    @Message("booked")
    String bookedShort();

    @Override
    @Message("P")
    String pinnedMark();

    @Override
    @Message("Edit by hand")
    String handEditTitle();

    @Override
    @Message("Each edit is checked by the solver's rules; an accepted edit is pinned: later solves keep it.")
    String handEditHint();

    @Override
    @Message("Meeting")
    String handEditMeeting();

    @Override
    @Message("Edit")
    String handEditAction();

    @Override
    @Message("Move to the chosen slot")
    String actionMove();

    @Override
    @Message("Swap with the chosen meeting")
    String actionSwap();

    @Override
    @Message("Remove from the timetable")
    String actionRemove();

    @Override
    @Message("Pin at its slot")
    String actionPin();

    @Override
    @Message("Unpin")
    String actionUnpin();

    @Override
    @Message("Slot (for a move)")
    String handEditSlot();

    @Override
    @Message("Other meeting (for a swap)")
    String handEditOther();

    @Override
    @Message("Apply")
    String handEditButton();

    @Override
    @Message("Add a meeting left out")
    String addTitle();

    @Override
    @Message("Pair")
    String addPair();

    @Override
    @Message("Slot")
    String addSlot();

    @Override
    @Message("Add")
    String addButton();

    @Override
    @Message("The edit is made and pinned.")
    String edited();

    @Override
    @Message("meeting placed or pinned by hand: later solves keep it")
    String pinnedLabel();

    @Override
    @Message("pinned")
    String pinnedShort();

    @Override
    @Message("Pairs left out")
    String leftOutTitle();

    @Override
    @Message("{#if count == 1}1 pair requested has no meeting{#else}{count} pairs requested have no meeting{/if}, each with its reason.")
    String leftOutIntro(int count);

    @Override
    @Message("Every pair requested has its meeting.")
    String noneLeftOut();

    @Override
    @Message("Reason")
    String colReason();

    @Override
    @Message("Filter")
    String filtersTitle();

    @Override
    @Message("The buyer chosen narrows the timetable by buyer and the pairs left out; the structure chosen, the timetable by structure and the pairs left out.")
    String filtersHint();

    @Override
    @Message("All buyers")
    String allBuyers();

    @Override
    @Message("All structures")
    String allStructures();

    @Override
    @Message("Filter")
    String filterButton();

    @Override
    @Message("Show everything")
    String clearFilters();
}
