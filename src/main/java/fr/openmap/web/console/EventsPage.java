package fr.openmap.web.console;

import fr.openmap.access.Roles;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The console's first page: every event. */
@Path(EventPaths.CONSOLE)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class EventsPage {

    @Inject
    Console console;
    @Inject
    EventService events;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, List<EventLine> events);
    }

    /** One event in the list. */
    public record EventLine(long id, String title, String date) {
    }

    @GET
    public TemplateInstance list() {
        List<EventLine> lines = events.list().stream()
                .map(e -> new EventLine(e.id, e.title, DateTimeFormats.fullDate(e.date, console.language()))).toList();
        return console.localized(Templates.list(console.frame(console.words().eventsTitle()), lines));
    }
}
