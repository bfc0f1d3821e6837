package fr.openmap.api;

import fr.openmap.access.Caller;
import fr.openmap.access.Roles;
import fr.openmap.api.ApiViews.EventSummary;
import fr.openmap.api.ApiViews.Imported;
import fr.openmap.api.ApiViews.SlotView;
import fr.openmap.event.EventService;
import fr.openmap.eventfile.EventFile;
import fr.openmap.eventfile.EventFileService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Events: import and export of whole event files, the list of events, the slots of one. */
@Path("/api/events")
public class EventResource {

    @Inject
    EventService events;
    @Inject
    EventFileService eventFiles;
    @Inject
    Caller caller;

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    public List<EventSummary> list() {
        caller.requireOrganizer();
        return events.list().stream().map(EventSummary::of).toList();
    }

    /** Imports an {@code openmap-event/1} document: 201 with the event id and every participant's token. */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/import")
    public Response importFile(EventFile file) {
        caller.requireOrganizer();
        EventFileService.ImportResult result = eventFiles.importFile(file);
        return Response.created(URI.create("/api/events/" + result.event().id))
                .entity(new Imported(result.event().id, result.event().slug, result.tokens()))
                .build();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    @Path("/{id}")
    public EventSummary get(@PathParam("id") long id) {
        caller.requireMemberOf(id);
        return EventSummary.of(events.require(id));
    }

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/{id}/export")
    public EventFile export(@PathParam("id") long id) {
        caller.requireOrganizer();
        return eventFiles.exportFile(id);
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    @Path("/{id}/slots")
    public List<SlotView> slots(@PathParam("id") long id) {
        caller.requireMemberOf(id);
        return events.slots(id).stream().map(SlotView::of).toList();
    }
}
