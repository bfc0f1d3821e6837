package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.day.Standby;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Standby replacements on the day: the meetings absent participants leave, each with who could take the absent
 * one's place, and the organizer's confirmation of one, which tells the two people who now meet.
 */
@RolesAllowed(Roles.ORGANIZER)
@Path("/api/events/{eventId}/day/standby")
@Produces(MediaType.APPLICATION_JSON)
public class StandbyResource {

    /** The freed meeting of {@code buyer} and {@code structure} to give to {@code replacement}. */
    public record ReplacementRequest(String buyer, String structure, String replacement) {
    }

    @Inject
    Standby standby;

    @GET
    public List<Standby.Proposal> proposals(@PathParam("eventId") long eventId) {
        return standby.proposals(eventId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Standby.Confirmed confirm(@PathParam("eventId") long eventId, ReplacementRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", Problems.REQUIRED);
        }
        Problems problems = new Problems();
        problems.ref("buyer", request.buyer());
        problems.ref("structure", request.structure());
        problems.ref("replacement", request.replacement());
        problems.throwIfAny();
        return standby.confirm(eventId, request.buyer(), request.structure(), request.replacement());
    }
}
