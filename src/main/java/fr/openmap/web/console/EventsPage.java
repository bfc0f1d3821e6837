package fr.openmap.web.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.eventfile.EventFile;
import fr.openmap.eventfile.EventFileService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.overview.EventFigures;
import fr.openmap.overview.EventOverviewService;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** The console's first page: every event with its date, figures and phase; creating and importing events. */
@Path(EventPaths.CONSOLE)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class EventsPage {

    /** An event file larger than this is not an event file (the example is 30 kB). */
    static final long IMPORT_MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    EventFileService eventFiles;
    @Inject
    EventOverviewService overview;
    @Inject
    ObjectMapper json;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, List<EventLine> events, String notice, List<String> importProblems);
    }

    /** One event in the list. */
    public record EventLine(long id, String title, String date, EventFigures figures, String phase) {
    }

    @GET
    public Response list(@QueryParam("deleted") String deleted) {
        return page(deleted == null ? null : console.words().deleted(deleted), List.of(), 200);
    }

    /** Imports an {@code openmap-event/1} file, as {@code POST /api/events/import} does; every problem is listed with its place in the file. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) {
        ConsoleMessages words = console.words();
        if (file == null || file.size() == 0) {
            return page(null, List.of(words.eventsImportNoFile()), 422);
        }
        EventFile parsed;
        try {
            if (file.size() > IMPORT_MAX_BYTES) {
                return page(null, List.of(words.eventsImportUnreadable()), 422);
            }
            parsed = json.readValue(Files.readAllBytes(file.uploadedFile()), EventFile.class);
        } catch (JsonProcessingException e) {
            return page(null, List.of(words.eventsImportUnreadable()), 422);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            Event event = eventFiles.importFile(parsed).event();
            return EventDashboardPage.after(event.id, "imported");
        } catch (InvalidInputException e) {
            return page(null, e.problems().stream().map(p -> p.location() + "\u00a0: " + p.message(console.language())).toList(), 422);
        } catch (ConflictException e) {
            return page(null, List.of(console.refused(e.text())), 409);
        }
    }

    private Response page(String notice, List<String> importProblems, int status) {
        List<Event> all = events.list();
        Map<Long, EventFigures> figures = overview.figuresOf(all);
        ConsoleMessages words = console.words();
        List<EventLine> lines = all.stream().map(e -> new EventLine(e.id, e.title,
                DateTimeFormats.fullDate(e.date, console.language()), figures.get(e.id),
                EventDashboardPage.phase(figures.get(e.id).phase(), words))).toList();
        return Response.status(status).entity(console.localized(Templates.list(console.frame(words.eventsTitle()), lines,
                notice, importProblems))).build();
    }
}
