package fr.openmap.web.personal.booking;

import fr.openmap.access.Roles;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Participant;
import fr.openmap.timetable.BookingGrids;
import fr.openmap.timetable.BookingRefusals;
import fr.openmap.timetable.BookingService;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * A buyer's booking grid below their personal page: each slot free, booked or unavailable; a free slot offers
 * the structures of the buyer's accepted requests that are free then too, one form per slot (no script needed);
 * a booking refused by the timetable's rules comes back with its sentence above the grid, nothing written.
 */
@Path("/p/{eventId}/{ref}/booking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.BUYER)
public class BookingPage {

    @Inject
    OwnPages pages;
    @Inject
    Console console;
    @Inject
    BookingGrids grids;
    @Inject
    BookingService bookings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grid(Frame frame, String name, BookingGrids.Grid grid, String action,
                                            String home, String notice, String refusal, String closed);
    }

    @GET
    public Response show(@PathParam("eventId") long eventId, @PathParam("ref") String ref, @QueryParam("done") String done) {
        Participant me = pages.require(eventId, ref);
        BookingPages words = pages.words();
        String notice = switch (done == null ? "" : done) {
            case "booked" -> words.booked();
            case "cancelled" -> words.cancelled();
            default -> null;
        };
        return page(me, eventId, notice, null, 200);
    }

    /** Books the structure chosen in a free slot; refused: the grid again with the sentence, 409. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @FormParam("date") String date, @FormParam("start") String start,
                         @FormParam("structure") String structure) {
        Participant me = pages.require(eventId, ref);
        try {
            grids.book(eventId, ref, structure, parse(date, LocalDate::parse), parse(start, LocalTime::parse));
        } catch (ConflictException e) {
            return page(me, eventId, null, pages.words().refused(e.text().in(console.language())), 409);
        } catch (InvalidInputException e) {
            Language language = console.language();
            String why = e.problems().stream().map(p -> p.location() + " " + p.message(language)).collect(Collectors.joining(" ; "));
            return page(me, eventId, null, pages.words().refused(why), 422);
        }
        return OwnPages.seeOther(path(eventId, ref), "booked");
    }

    /** Cancels one of the buyer's own bookings. */
    @POST
    @Path("/{bookingId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                           @PathParam("bookingId") long bookingId) {
        Participant me = pages.require(eventId, ref);
        try {
            bookings.cancel(eventId, bookingId);
        } catch (ConflictException e) {
            return page(me, eventId, null, pages.words().refused(e.text().in(console.language())), 409);
        }
        return OwnPages.seeOther(path(eventId, ref), "cancelled");
    }

    private Response page(Participant me, long eventId, String notice, String refusal, int status) {
        BookingGrids.Grid grid = grids.grid(eventId, me.ref);
        // the event does not let buyers book: the page says so in words instead of the grid
        String closed = me.event.buyerBooking ? null : pages.sentence(BookingRefusals.buyersDoNotBook());
        return Response.status(status).entity(console.localized(Templates.grid(console.frameWithoutAccount(pages.words().title()),
                me.displayName(), grid, path(eventId, me.ref), OwnPages.home(eventId, me.ref), notice, refusal, closed))).build();
    }

    static String path(long eventId, String ref) {
        return OwnPages.home(eventId, ref) + "/booking";
    }

    /** A date or time the form did not send readably: left null, and the booking's own check names it. */
    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("start", fr.openmap.i18n.Text.of("is not a slot of the grid: " + value,
                    "n'est pas un créneau de la grille : " + value));
        }
    }

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return pages.invalidLink();
    }
}
