package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.api.ApiViews.RegisteredView;
import fr.openmap.registration.IssuedToken;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.RegistrationService;
import fr.openmap.signup.Signups;
import fr.openmap.registration.Structure;
import fr.openmap.registration.StructureInput;
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

/** ESS structures of an event, in the event file's shape. A structure's own token reaches their own record only. */
@Path("/api/events/{eventId}/structures")
public class StructureResource {

    @Inject
    RegistrationService registrations;
    @Inject
    Signups signups;

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    public List<StructureInput> list(@PathParam("eventId") long eventId) {
        return registrations.structures(eventId).stream().map(StructureResource::view).toList();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @POST
    public Response create(@PathParam("eventId") long eventId, StructureInput form) {
        RegistrationService.Registered<Structure> created = registrations.createStructure(eventId, form);
        return Response.created(URI.create("/api/events/" + eventId + "/structures/" + created.participant().ref))
                .entity(new RegisteredView<>(view(created.participant()), created.token())).build();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @GET
    @Path("/{ref}")
    public StructureInput get(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        return view(registrations.structure(eventId, ref));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @PUT
    @Path("/{ref}")
    public StructureInput update(@PathParam("eventId") long eventId, @PathParam("ref") String ref, StructureInput form) {
        return view(registrations.updateStructure(eventId, ref, form));
    }

    @RolesAllowed({Roles.ORGANIZER})
    @DELETE
    @Path("/{ref}")
    public Response delete(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        registrations.deleteStructure(eventId, ref);
        return Response.noContent().build();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{ref}/token")
    public IssuedToken renewToken(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        registrations.findStructure(eventId, ref);
        return registrations.renewToken(eventId, ref);
    }

    /** Lets in a registration waiting for approval (the participant is told by email); it is planned from now on. */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{ref}/approve")
    public StructureInput approve(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        registrations.findStructure(eventId, ref);
        return view((Structure) signups.approve(eventId, ref));
    }

    /** Refuses a registration, {@code {"reason": "…"}} required and told to the participant; it is not planned. */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{ref}/refuse")
    public StructureInput refuse(@PathParam("eventId") long eventId, @PathParam("ref") String ref, Signups.Refusal refusal) {
        registrations.findStructure(eventId, ref);
        return view((Structure) signups.refuse(eventId, ref, refusal == null ? null : refusal.reason()));
    }

    static StructureInput view(Structure structure) {
        return ParticipantFields.input(structure.toData(), structure.event.date);
    }
}
