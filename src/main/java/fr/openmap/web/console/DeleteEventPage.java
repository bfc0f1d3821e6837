package fr.openmap.web.console;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Set;

/** Deleting an event with all it holds, once the organizer typed its slug to confirm. */
@Path("/console/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class DeleteEventPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    EventOverviewService overview;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(Frame frame, Event event, EventFigures figures, String typed,
                                               FieldProblems problems, String refusal);
    }

    @GET
    @Path("/{id}/delete")
    public Response show(@PathParam("id") long id) {
        return page(events.require(id), "", FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @RestForm String confirm) {
        try {
            String title = events.delete(id, confirm);
            return EventFormPage.redirect(EventPaths.CONSOLE, "deleted", title);
        } catch (InvalidInputException e) {
            return page(events.require(id), confirm, console.problems(e.problems(), "", Set.of("confirm")::contains), null, 422);
        } catch (ConflictException e) {
            return page(events.require(id), confirm, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    private Response page(Event event, String typed, FieldProblems problems, String refusal, int status) {
        return Response.status(status).entity(console.localized(Templates.confirm(
                console.frame(console.words().deleteTitle(), event, null), event, overview.figures(event.id), typed,
                problems, refusal))).build();
    }
}
