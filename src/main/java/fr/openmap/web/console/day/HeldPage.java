package fr.openmap.web.console.day;

import fr.openmap.access.Roles;
import fr.openmap.day.held.MeetingOutcomes;
import fr.openmap.day.held.MeetingOutcomes.MeetingOutcome;
import fr.openmap.day.held.MeetingOutcomes.Report;
import fr.openmap.day.held.MeetingOutcomes.SlotOutcomes;
import fr.openmap.day.held.MeetingOutcomes.Tally;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The organizer's "meetings held" on the day: from what the participants said on their personal pages, per slot of
 * the agendas sent, how many meetings were held, not held, unknown (no answer, or contradictory answers), each
 * meeting with both names and both answers, and the totals ("55 tenus sur 73"). Organizers only: the welcome
 * desk's link does not open it.
 */
@Path("/console/events/{id}/day/held")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class HeldPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    MeetingOutcomes outcomes;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, Event event, Report report, List<SlotView> slots);
    }

    /** One slot as the page shows it: its anchor, its time in words, whether it has begun, its tally and its meetings. */
    public record SlotView(String id, String time, boolean begun, Tally tally, List<Row> rows) {
    }

    /** One meeting: its table, both sides with their answer in words, and the outcome in words ({@code outcome} its code). */
    public record Row(String pair, String table, String buyer, String buyerSaid, String structure, String structureSaid,
                      String outcome, String outcomeWords) {
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        Event event = events.require(id);
        Report report = outcomes.report(id);
        Language language = console.language();
        HeldPages words = language.messages(HeldPages.class);
        boolean multiDay = report.slots().stream().map(SlotOutcomes::date).distinct().count() > 1;
        List<SlotView> slots = report.slots().stream().map(s -> new SlotView(
                "slot-" + s.date() + "-" + s.start().toString().replace(":", ""),
                (multiDay ? DateTimeFormats.fullDate(s.date(), language) + ", " : "")
                        + DateTimeFormats.shortTime(s.start(), language) + " – " + DateTimeFormats.shortTime(s.end(), language),
                s.begun(), s.tally(), s.meetings().stream().map(m -> row(m, words)).toList())).toList();
        return console.localized(Templates.page(console.frame(words.title(), event, ConsoleSection.DAY), event, report, slots));
    }

    private static Row row(MeetingOutcome m, HeldPages words) {
        String outcome = switch (m.outcome()) {
            case HELD -> words.outcomeHeld();
            case NOT_HELD -> words.outcomeNotHeld();
            case NO_ANSWER -> words.outcomeNoAnswer();
            case CONTRADICTORY -> words.outcomeContradictory();
        };
        return new Row(m.meeting().pairKey(), m.meeting().table(), m.buyer().name(), said(m.buyer().said(), words),
                m.structure().name(), said(m.structure().said(), words), m.outcome().name().toLowerCase().replace('_', '-'),
                outcome);
    }

    private static String said(Boolean said, HeldPages words) {
        return said == null ? words.saidNothing() : said ? words.saidHeld() : words.saidNotHeld();
    }
}
