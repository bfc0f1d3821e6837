package fr.openmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.access.Roles;
import fr.openmap.api.ApiViews.Answer;
import fr.openmap.api.ApiViews.NewRequest;
import fr.openmap.api.ApiViews.RequestView;
import fr.openmap.i18n.Text;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestStatus;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Meeting requests of an event: asked, accepted, declined, withdrawn. */
@Path("/api/events/{eventId}/requests")
public class RequestResource {

    @Inject
    MeetingRequestService requests;
    @Inject
    ObjectMapper json;

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    public List<RequestView> list(@PathParam("eventId") long eventId) {
        return requests.list(eventId).stream().map(RequestView::of).toList();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @POST
    public Response create(@PathParam("eventId") long eventId, NewRequest body) {
        if (body == null) {
            throw InvalidInputException.of("body", Text.of("is required: {from, to, priority}",
                    "est obligatoire : {from, to, priority}"));
        }
        MeetingRequest created = requests.create(eventId, body.from(), body.to(), body.priority(), body.message());
        return Response.created(URI.create("/api/events/" + eventId + "/requests/" + created.id))
                .entity(RequestView.of(created)).build();
    }

    /**
     * {@code ?seen=PENDING}: answer only if the request still stands as the caller saw it, else 409. An optional body
     * {@code {"message": "…"}} goes to the one who asked, checked as on the personal page (422 naming {@code message}).
     */
    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @POST
    @Path("/{id}/accept")
    public RequestView accept(@PathParam("eventId") long eventId, @PathParam("id") long id, @QueryParam("seen") String seen,
                              String body) throws JsonProcessingException {
        return RequestView.of(requests.answer(eventId, id, RequestStatus.ACCEPTED, seen(seen), message(body)));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @POST
    @Path("/{id}/decline")
    public RequestView decline(@PathParam("eventId") long eventId, @PathParam("id") long id, @QueryParam("seen") String seen,
                               String body) throws JsonProcessingException {
        return RequestView.of(requests.answer(eventId, id, RequestStatus.DECLINED, seen(seen), message(body)));
    }

    /**
     * The optional body {@code {"message": "…"}}, read whatever the content type: curl and older integrations post no
     * body and no type, and were answered before the message existed. Not JSON of that shape: 400, as any body.
     */
    private String message(String body) throws JsonProcessingException {
        return body == null || body.isBlank() ? null : json.readValue(body, Answer.class).message();
    }

    private static RequestStatus seen(String seen) {
        if (seen == null || seen.isBlank()) {
            return null;
        }
        Problems problems = new Problems();
        RequestStatus status = problems.enumValue("seen", seen, RequestStatus.class);
        problems.throwIfAny();
        return status;
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @POST
    @Path("/{id}/withdraw")
    public Response withdraw(@PathParam("eventId") long eventId, @PathParam("id") long id) {
        requests.withdraw(eventId, id);
        return Response.noContent().build();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("eventId") long eventId, @PathParam("id") long id) {
        return withdraw(eventId, id);
    }
}
