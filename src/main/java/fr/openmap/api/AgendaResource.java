package fr.openmap.api;

import fr.openmap.access.Caller;
import fr.openmap.access.Roles;
import fr.openmap.agenda.AgendaPublisher;
import fr.openmap.agenda.AgendaStatus;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.i18n.Text;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Personal agendas: publish the current timetable by email, preview one participant's agenda. */
@RolesAllowed(Roles.ORGANIZER)
@Path("/api/events/{eventId}/agendas")
public class AgendaResource {

    @Inject
    AgendaPublisher agendas;
    @Inject
    Caller caller;

    /** How many participants a send wrote to (0 when nothing changed since the last send). */
    public record SendResult(int recipients) {
    }

    /** Each participant's agenda as the next send would treat it: NEW, CHANGED or UNCHANGED, without sending. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AgendaStatus> statuses(@PathParam("eventId") long eventId) {
        caller.requireOrganizer();
        return agendas.statuses(eventId);
    }

    /**
     * Writes an agenda (or "agenda changed") message to every participant who needs one; sent shortly after.
     * With {@code expected}, refused (409, nothing written) unless that is the number of agendas to send.
     */
    @POST
    @Path("/send")
    public SendResult send(@PathParam("eventId") long eventId, @QueryParam("expected") Integer expected) {
        caller.requireOrganizer();
        return new SendResult(agendas.publish(eventId, expected));
    }

    /** The message a send would write for this participant now, rendered, without sending (token masked). */
    @GET
    @Path("/{ref}/preview")
    public Response preview(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                            @QueryParam("format") String format) {
        caller.requireOrganizer();
        boolean text;
        if (format == null || format.isBlank() || format.equals("html")) {
            text = false;
        } else if (format.equals("text")) {
            text = true;
        } else {
            throw InvalidInputException.of("format", Text.of("'" + Problems.shown(format) + "' is not a format: use html or text",
                    "« " + Problems.shown(format) + " » n'est pas un format : utilisez html ou text"));
        }
        Outbox.Message message = agendas.preview(eventId, ref);
        return Response.ok(PersonalLinks.mask(text ? message.text() : message.html()))
                .type(text ? MediaType.TEXT_PLAIN + ";charset=UTF-8" : MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("X-OpenMap-Kind", message.kind())
                .header("X-OpenMap-Subject", message.subject())
                .build();
    }
}
