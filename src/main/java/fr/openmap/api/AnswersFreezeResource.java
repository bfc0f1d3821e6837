package fr.openmap.api;

import fr.openmap.access.Caller;
import fr.openmap.access.Roles;
import fr.openmap.api.ApiViews.AnswersFreeze;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The moment after which participants can no longer answer (or withdraw) meeting requests; the organizer still can. */
@Path("/api/events/{eventId}/answers-freeze")
public class AnswersFreezeResource {

    @Inject
    MeetingRequestService requests;
    @Inject
    EventService events;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    public AnswersFreeze get(@PathParam("eventId") long eventId) {
        caller.requireMemberOf(eventId);
        return AnswersFreeze.of(events.require(eventId));
    }

    /** {@code {"at": "2018-05-16T18:00:00+02:00"}} (a time without offset is read in the event's zone), or null to lift it. */
    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    public AnswersFreeze set(@PathParam("eventId") long eventId, AnswersFreeze body) {
        if (body == null) {
            throw InvalidInputException.of("body", Text.of("is required: {\"at\": a date and time, or null to lift the freeze}",
                    "est obligatoire : {\"at\": une date et heure, ou null pour lever la clôture}"));
        }
        return AnswersFreeze.of(requests.freezeAnswers(eventId, body.at()));
    }
}
