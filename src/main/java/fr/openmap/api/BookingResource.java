package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.api.ApiViews.BookingView;
import fr.openmap.api.ApiViews.NewBooking;
import fr.openmap.i18n.Text;
import fr.openmap.requests.Booking;
import fr.openmap.timetable.BookingService;
import fr.openmap.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** Meetings booked at a fixed slot. */
@Path("/api/events/{eventId}/bookings")
public class BookingResource {

    @Inject
    BookingService bookings;

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    public List<BookingView> list(@PathParam("eventId") long eventId) {
        return bookings.list(eventId).stream().map(BookingView::of).toList();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER})
    @POST
    public Response book(@PathParam("eventId") long eventId, NewBooking body) {
        if (body == null) {
            throw InvalidInputException.of("body", Text.of("is required: {buyer, structure, start[, date]}",
                    "est obligatoire : {buyer, structure, start[, date]}"));
        }
        Booking booking = bookings.book(eventId, body.buyer(), body.structure(), body.date(), body.start());
        return Response.created(URI.create("/api/events/" + eventId + "/bookings/" + booking.id))
                .entity(BookingView.of(booking)).build();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER})
    @DELETE
    @Path("/{id}")
    public Response cancel(@PathParam("eventId") long eventId, @PathParam("id") long id) {
        bookings.cancel(eventId, id);
        return Response.noContent().build();
    }
}
