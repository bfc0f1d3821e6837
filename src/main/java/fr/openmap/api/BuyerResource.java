package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.api.ApiViews.RegisteredView;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.IssuedToken;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.RegistrationService;
import fr.openmap.signup.Signups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Buyers of an event, in the event file's shape. A buyer's own token reaches their own record only. */
@Path("/api/events/{eventId}/buyers")
public class BuyerResource {

    @Inject
    RegistrationService registrations;
    @Inject
    Signups signups;

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    public List<BuyerInput> list(@PathParam("eventId") long eventId) {
        return registrations.buyers(eventId).stream().map(BuyerResource::view).toList();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @POST
    public Response create(@PathParam("eventId") long eventId, BuyerInput form) {
        RegistrationService.Registered<Buyer> created = registrations.createBuyer(eventId, form);
        return Response.created(URI.create("/api/events/" + eventId + "/buyers/" + created.participant().ref))
                .entity(new RegisteredView<>(view(created.participant()), created.token())).build();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER})
    @GET
    @Path("/{ref}")
    public BuyerInput get(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        return view(registrations.buyer(eventId, ref));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER})
    @PUT
    @Path("/{ref}")
    public BuyerInput update(@PathParam("eventId") long eventId, @PathParam("ref") String ref, BuyerInput form) {
        return view(registrations.updateBuyer(eventId, ref, form));
    }

    @RolesAllowed({Roles.ORGANIZER})
    @DELETE
    @Path("/{ref}")
    public Response delete(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        registrations.deleteBuyer(eventId, ref);
        return Response.noContent().build();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{ref}/token")
    public IssuedToken renewToken(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        registrations.findBuyer(eventId, ref);
        return registrations.renewToken(eventId, ref);
    }

    /** Lets in a registration waiting for approval (the participant is told by email); it is planned from now on. */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{ref}/approve")
    public BuyerInput approve(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        registrations.findBuyer(eventId, ref);
        return view((Buyer) signups.approve(eventId, ref));
    }

    /** Refuses a registration, {@code {"reason": "…"}} required and told to the participant; it is not planned. */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{ref}/refuse")
    public BuyerInput refuse(@PathParam("eventId") long eventId, @PathParam("ref") String ref, Signups.Refusal refusal) {
        registrations.findBuyer(eventId, ref);
        return view((Buyer) signups.refuse(eventId, ref, refusal == null ? null : refusal.reason()));
    }

    static BuyerInput view(Buyer buyer) {
        return ParticipantFields.input(buyer.toData(), buyer.event.date);
    }
}
