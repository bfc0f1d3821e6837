package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.day.held.MeetingOutcomes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Whether the meetings of the agendas sent took place, as the participants said it: per slot, each meeting with both
 * answers ({@code said}: true, false, null for none) and its {@code outcome} (HELD, NOT_HELD, NO_ANSWER,
 * CONTRADICTORY), the tallies per slot and in total. The organizer's page reads the same.
 */
@Path("/api/events/{eventId}/day/held")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class MeetingOutcomeResource {

    @Inject
    MeetingOutcomes outcomes;

    @GET
    public MeetingOutcomes.Report report(@PathParam("eventId") long eventId) {
        return outcomes.report(eventId);
    }
}
