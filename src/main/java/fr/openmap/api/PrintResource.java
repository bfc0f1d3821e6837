package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.print.PrintDocuments;
import fr.openmap.print.PrintDocuments.PrintedFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The printed documents as PDF downloads: the agenda booklet, one agenda (also for the participant themself),
 * table signs, wall chart, badges, pitch running order. 409 with a sentence when there is nothing to print yet.
 */
@RolesAllowed(Roles.ORGANIZER)
@Path("/api/events/{eventId}/print")
@Produces(PrintedFile.MEDIA_TYPE)
public class PrintResource {

    @Inject
    PrintDocuments documents;

    @GET
    @Path("/agendas.pdf")
    public Response agendas(@PathParam("eventId") long eventId) {
        return download(documents.booklet(eventId));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    @Path("/agenda/{ref}.pdf")
    public Response agenda(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        return download(documents.agenda(eventId, ref));
    }

    @GET
    @Path("/table-signs.pdf")
    public Response tableSigns(@PathParam("eventId") long eventId) {
        return download(documents.tableSigns(eventId));
    }

    @GET
    @Path("/wall-chart.pdf")
    public Response wallChart(@PathParam("eventId") long eventId) {
        return download(documents.wallChart(eventId));
    }

    @GET
    @Path("/badges.pdf")
    public Response badges(@PathParam("eventId") long eventId) {
        return download(documents.badges(eventId));
    }

    @GET
    @Path("/running-order.pdf")
    public Response runningOrder(@PathParam("eventId") long eventId) {
        return download(documents.runningOrder(eventId));
    }

    private static Response download(PrintedFile file) {
        return Downloads.attachment(file.content(), PrintedFile.MEDIA_TYPE, file.name());
    }
}
