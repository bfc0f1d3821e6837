package fr.openmap.web.console.pitch;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.pitch.PitchNotifications;
import fr.openmap.validation.ConflictException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/**
 * Telling applicants where they stand: each message rendered before anything is sent, the exact count confirmed,
 * then written to the outbox. The rules are {@link PitchNotifications}'s, as for the API.
 */
@Path("/console/events/{id}/pitch/notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class NotificationsPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PitchNotifications notifications;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, Event event, List<Line> lines, String refusal, Integer sent);

        static native TemplateInstance message(Frame frame, Event event, Line line, String subject, String html, String text);

        static native TemplateInstance confirm(Frame frame, Event event, List<Line> lines);
    }

    /** One message due, as listed. */
    public record Line(String ref, String name, String email, String status, boolean update, String subject) {
    }

    @GET
    public Response list(@PathParam("id") long id, @QueryParam("sent") Integer sent) {
        return page(id, null, sent, 200);
    }

    /** One message exactly as it will be written: subject, HTML and text. Nothing is written. */
    @GET
    @Path("/{ref}")
    public Response message(@PathParam("id") long id, @PathParam("ref") String ref) {
        Event event = events.require(id);
        PitchNotifications.Draft draft;
        try {
            draft = notifications.preview(id).stream().filter(d -> d.structure().ref.equals(ref)).findFirst()
                    .orElse(null);
        } catch (ConflictException e) {
            return page(id, console.refused(e.text()), null, 409);
        }
        if (draft == null) {
            return page(id, words().nothingFor(ref), null, 404);
        }
        Line line = line(draft);
        return Response.ok(console.localized(Templates.message(
                console.frame(words().messageTitle(line.name()), event, ConsoleSection.PITCH), event, line,
                draft.mail().subject(), draft.mail().html(), draft.mail().text()))).build();
    }

    /** "N messages will be sent", and to whom, before anything is written. */
    @GET
    @Path("/send")
    public Response confirm(@PathParam("id") long id) {
        Event event = events.require(id);
        List<Line> lines;
        try {
            lines = notifications.preview(id).stream().map(this::line).toList();
        } catch (ConflictException e) {
            return page(id, console.refused(e.text()), null, 409);
        }
        if (lines.isEmpty()) {
            return page(id, words().nothingToSend(), null, 409);
        }
        return Response.ok(console.localized(Templates.confirm(
                console.frame(words().sendConfirmTitle(lines.size()), event, ConsoleSection.PITCH), event, lines))).build();
    }

    /** Sends the count confirmed, or nothing when it is no longer the count. */
    @POST
    @Path("/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @FormParam("count") Integer count) {
        if (count == null || count <= 0) {
            return page(id, words().nothingToSend(), null, 409);
        }
        int sent;
        try {
            sent = notifications.send(id, count).size();
        } catch (ConflictException e) {
            return page(id, console.refused(e.text()), null, 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch/notifications").queryParam("sent", sent)
                .build(id)).build();
    }

    private Response page(long id, String refusal, Integer sent, int status) {
        Event event = events.require(id);
        List<Line> lines = List.of();
        String why = refusal;
        try {
            lines = notifications.preview(id).stream().map(this::line).toList();
        } catch (ConflictException e) {
            why = refusal != null ? refusal : console.refused(e.text());
        }
        return Response.status(status).entity(console.localized(Templates.list(
                console.frame(words().notificationsTitle(), event, ConsoleSection.PITCH), event, lines, why, sent))).build();
    }

    private Line line(PitchNotifications.Draft d) {
        PitchPages words = words();
        String status = switch (d.status()) {
            case SELECTED -> words.statusSELECTED();
            case WAITLISTED -> words.statusWAITLISTED();
            case NOT_SELECTED -> words.statusNOT_SELECTED();
            case APPLIED -> words.statusAPPLIED();
            case WITHDRAWN -> words.statusWITHDRAWN();
        };
        return new Line(d.structure().ref, d.structure().name, d.structure().email, status, d.update(), d.mail().subject());
    }

    private PitchPages words() {
        return console.language().messages(PitchPages.class);
    }
}
