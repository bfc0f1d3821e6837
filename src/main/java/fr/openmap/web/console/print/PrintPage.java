package fr.openmap.web.console.print;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.print.PrintDocuments;
import fr.openmap.print.PrintDocuments.Contents;
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
 * An event's documents to print: a link to each PDF of the API ({@link PrintDocuments}, which accepts the
 * console's session) with what it holds, the reason in words when one cannot be printed yet, and a warning when
 * the timetable changed since the agendas were sent (the documents print what was sent).
 */
@Path("/console/events/{id}/print")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class PrintPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PrintDocuments documents;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, Event event, Contents contents, List<Document> documents);
    }

    /**
     * One document as listed: its name, what it holds ({@code size}, {@code holds}), its address, or why it cannot
     * be printed yet ({@code refusal}, no link then).
     */
    public record Document(String id, String name, String size, String holds, String href, String refusal) {
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id) {
        Event event = events.require(id);
        Contents contents = documents.contents(id);
        PrintPages words = console.language().messages(PrintPages.class);
        String api = "/api/events/" + id + "/print/";
        List<Document> list = List.of(
                document("booklet", words.booklet(), words.pages(contents.agendas()), words.bookletHolds(),
                        api + "agendas.pdf", contents.whyNoAgendas()),
                document("table-signs", words.tableSigns(), words.pages(contents.tables()), words.tableSignsHolds(),
                        api + "table-signs.pdf", contents.whyNoAgendas()),
                document("wall-chart", words.wallChart(), words.tablesBySlots(contents.tables(), contents.slots()),
                        words.wallChartHolds(), api + "wall-chart.pdf", contents.whyNoAgendas()),
                document("badges", words.badges(), words.pages(contents.badges()), words.badgesHolds(),
                        api + "badges.pdf", contents.whyNoBadges()),
                document("running-order", words.runningOrder(), words.pitches(contents.pitches()),
                        words.runningOrderHolds(), api + "running-order.pdf", contents.whyNoRunningOrder()));
        return console.localized(Templates.page(console.frame(words.title(), event, ConsoleSection.PRINT), event,
                contents, list));
    }

    private Document document(String id, String name, String size, String holds, String href, Text refusal) {
        return new Document(id, name, size, holds, refusal == null ? href : null,
                refusal == null ? null : refusal.in(console.language()));
    }
}
