package fr.openmap.api;

import fr.openmap.access.Caller;
import fr.openmap.access.Roles;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.outbox.OutboxStore;
import fr.openmap.i18n.Text;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/** The emails of an event: what was written, what was sent, what failed; resend one on purpose. */
@RolesAllowed(Roles.ORGANIZER)
@Path("/api/events/{eventId}/outbox")
public class OutboxResource {

    @Inject
    OutboxStore outbox;
    @Inject
    Caller caller;

    /** One outbox message, without its body; {@code resentAs}: the copy written when it was last resent. */
    public record OutboxView(long id, String recipient, String email, String name, String kind, String subject,
                             String status, int attempts, String lastError, Instant createdAt,
                             Instant nextAttemptAt, Instant sentAt, boolean calendar, Long resentAs) {
        static OutboxView of(OutboxMessage m) {
            return new OutboxView(m.id, m.recipientRef, m.recipientEmail, m.recipientName, m.kind, m.subject,
                    m.status.name(), m.attempts, m.lastError, m.createdAt, m.nextAttemptAt, m.sentAt,
                    m.icsAttachment != null, m.resentAs);
        }
    }

    /** Every message of the event in the order written; {@code ?status=FAILED} keeps one status. */
    @GET
    public List<OutboxView> list(@PathParam("eventId") long eventId, @QueryParam("status") String status) {
        caller.requireOrganizer();
        OutboxMessage.Status wanted = null;
        if (status != null && !status.isBlank()) {
            Problems problems = new Problems();
            wanted = problems.enumValue("status", status, OutboxMessage.Status.class);
            problems.throwIfAny();
        }
        return outbox.ofEvent(eventId, wanted).stream().map(OutboxView::of).toList();
    }

    /** How many failed messages a resend-all wrote copies of. */
    public record ResendResult(int resent) {
    }

    /**
     * Resends every FAILED message not resent yet, each once; {@code ?expected=} is how many the caller
     * expects (the count it showed): 409 with nothing resent when the count is another.
     */
    @POST
    @Path("/resend-failed")
    public ResendResult resendFailed(@PathParam("eventId") long eventId, @QueryParam("expected") Integer expected) {
        caller.requireOrganizer();
        if (expected == null || expected < 0) {
            throw InvalidInputException.of("expected", Text.of("is required: how many failed messages you mean to resend",
                    "est obligatoire : le nombre de messages en échec que vous voulez renvoyer"));
        }
        return new ResendResult(outbox.resendFailed(eventId, expected).size());
    }

    /**
     * Sends a message again: a new PENDING copy (201, its location), the original row keeps its
     * history. 409 while the original is still waiting to be sent.
     */
    @POST
    @Path("/{messageId}/resend")
    public Response resend(@PathParam("eventId") long eventId, @PathParam("messageId") long messageId) {
        caller.requireOrganizer();
        OutboxMessage copy = outbox.resend(eventId, messageId);
        return Response.created(URI.create("/api/events/" + eventId + "/outbox/" + copy.id))
                .entity(OutboxView.of(copy)).build();
    }
}
