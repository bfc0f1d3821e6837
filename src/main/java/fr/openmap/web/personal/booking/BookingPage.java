package fr.openmap.web.personal.booking;

import fr.openmap.access.Roles;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Participant;
import fr.openmap.requests.Booking;
import fr.openmap.timetable.BookingGrids;
import fr.openmap.timetable.BookingRefusals;
import fr.openmap.timetable.BookingService;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.web.personal.PersonalFrame;
import fr.openmap.web.personal.PersonalSection;
import fr.openmap.web.personal.PersonalSpace;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A buyer's booking grid in their personal space: each slot free, booked or unavailable; a free slot offers
 * the structures of the buyer's accepted requests that are free then too, one form per slot (no script needed);
 * a booking refused by the timetable's rules comes back with its sentence in the row of that slot, nothing written.
 * When the event does not let buyers book, the page says so instead of the grid. {@link #readOnly}: the organizer's
 * read-only view of it.
 */
@Path("/p/{eventId}/{ref}/booking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.BUYER)
public class BookingPage {

    @Inject
    PersonalSpace space;
    @Inject
    BookingGrids grids;
    @Inject
    BookingService bookings;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grid(PersonalFrame frame, BookingGrids.Grid grid, String action, String notice,
                                            Refusal refusal, String closed, boolean readOnly);
    }

    /**
     * A refused booking or cancellation: the sentence, and the slot it concerns (where the page shows it); no slot
     * of the grid: above the grid.
     */
    public record Refusal(LocalDate date, LocalTime start, String sentence) {
        static final Refusal NONE = new Refusal(null, null, null);

        public boolean at(BookingGrids.Cell cell) {
            return sentence != null && start != null && cell.start().equals(start)
                    && (date == null || cell.date().equals(date));
        }

        /** The refusal has no row of its own. */
        public boolean above(BookingGrids.Grid grid) {
            return sentence != null && grid.cells().stream().noneMatch(this::at);
        }
    }

    @GET
    public Response show(@PathParam("eventId") long eventId, @PathParam("ref") String ref, @QueryParam("done") String done) {
        Participant me = space.me(eventId, ref);
        BookingPages words = words();
        String notice = switch (done == null ? "" : done) {
            case "booked" -> words.booked();
            case "cancelled" -> words.cancelled();
            default -> null;
        };
        return Response.ok(render(me, notice, Refusal.NONE)).build();
    }

    /** Books the structure chosen in a free slot; refused: the grid again with the sentence in that slot's row. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @FormParam("date") String date, @FormParam("start") String start,
                         @FormParam("structure") String structure, @FormParam("lang") String lang) {
        space.language(lang);
        Participant me = space.me(eventId, ref);
        LocalDate day = read(date, LocalDate::parse);
        LocalTime time = read(start, LocalTime::parse);
        try {
            grids.book(eventId, ref, structure, parse(date, LocalDate::parse), parse(start, LocalTime::parse));
        } catch (ConflictException e) {
            return refused(me, new Refusal(day, time, words().refused(e.text().in(space.language()))), 409);
        } catch (InvalidInputException e) {
            String why = e.problems().stream().map(Problem::text).map(t -> t.in(space.language()))
                    .collect(Collectors.joining(" ; "));
            return refused(me, new Refusal(day, time, words().refused(why)), 422);
        }
        return space.seeOther("/booking", "booked");
    }

    /** Cancels one of the buyer's own bookings; refused: the sentence in that booking's row. */
    @POST
    @Path("/{bookingId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                           @PathParam("bookingId") long bookingId, @FormParam("lang") String lang) {
        space.language(lang);
        Participant me = space.me(eventId, ref);
        try {
            bookings.cancel(eventId, bookingId);
        } catch (ConflictException e) {
            Booking booking = Booking.findById(bookingId);
            return refused(me, new Refusal(booking == null ? null : booking.slotDate, booking == null ? null : booking.slotStart,
                    words().cancelRefused(e.text().in(space.language()))), 409);
        }
        return space.seeOther("/booking", "cancelled");
    }

    private Response refused(Participant me, Refusal refusal, int status) {
        return Response.status(status).entity(render(me, null, refusal)).build();
    }

    /**
     * {@code me}'s grid for the organizer's read-only view (the console's "voir comme", after
     * PersonalSpace#asOrganizer): no form, no button. Private rendering below, so this class's buyer-only rule is not
     * asked again of the organizer.
     */
    @RolesAllowed(Roles.ORGANIZER)
    @Transactional
    public TemplateInstance readOnly(Participant me) {
        return render(me, null, Refusal.NONE);
    }

    private TemplateInstance render(Participant me, String notice, Refusal refusal) {
        BookingGrids.Grid grid = grids.grid(me.event.id, me.ref);
        // the event does not let buyers book: the page says so in words instead of the grid
        String closed = me.event.buyerBooking ? null : space.sentence(BookingRefusals.buyersDoNotBook());
        return space.localized(Templates.grid(space.frame(words().title(), PersonalSection.BOOKING), grid,
                space.path("/booking"), notice, refusal, closed, space.readOnly()));
    }

    private BookingPages words() {
        return space.language().messages(BookingPages.class);
    }

    /** A date or time the form did not send readably: left null, and the booking's own check names it. */
    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return value == null || value.isBlank() ? null : parser.apply(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("start", Text.of("is not a slot of the grid: " + value,
                    "n'est pas un créneau de la grille : " + value));
        }
    }

    /** The slot a form names, to place its refusal; null when unreadable. */
    private static <T> T read(String value, Function<String, T> parser) {
        try {
            return parse(value, parser);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return space.invalidLink();
    }
}
