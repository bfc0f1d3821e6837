package fr.openmap.web.console;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.eventfile.EventFileService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Set;

/** Duplicating an event: its programme, tables and settings under a new slug and title, without participants. */
@Path("/console/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class DuplicateEventPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    EventFileService eventFiles;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Frame frame, Event event, String slug, String title, FieldProblems problems,
                                            String refusal);
    }

    @GET
    @Path("/{id}/duplicate")
    public Response show(@PathParam("id") long id) {
        Event event = events.require(id);
        return page(event, event.slug + "-copie", event.title, FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/{id}/duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response duplicate(@PathParam("id") long id, @RestForm String slug, @RestForm String title) {
        Event event = events.require(id);
        try {
            Event copy = eventFiles.duplicate(id, slug, title);
            return EventDashboardPage.after(copy.id, "duplicated");
        } catch (InvalidInputException e) {
            return page(event, slug, title, console.problems(e.problems(), "$.event.", Set.of("slug", "title")::contains), null, 422);
        } catch (ConflictException e) {
            return page(event, slug, title, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    private Response page(Event event, String slug, String title, FieldProblems problems, String refusal, int status) {
        return Response.status(status).entity(console.localized(Templates.form(
                console.frame(console.words().duplicateTitle(), event, null), event, slug, title, problems, refusal))).build();
    }
}
