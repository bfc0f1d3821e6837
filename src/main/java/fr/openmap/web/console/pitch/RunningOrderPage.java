package fr.openmap.web.console.pitch;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.pitch.PitchRunningOrderService;
import fr.openmap.pitch.RunningOrder;
import fr.openmap.validation.ConflictException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Who pitches when: the running order with its times, reordered (up / down, plain forms) until applicants are told,
 * and a printable page. The rules are {@link PitchRunningOrderService}'s.
 */
@Path("/console/events/{id}/pitch/running-order")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class RunningOrderPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PitchRunningOrderService runningOrder;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance order(Frame frame, Event event, Order order, String refusal);

        static native TemplateInstance print(Frame frame, Event event, Order order);
    }

    /** One pitch as shown; {@code time} in the page's language, null when the programme has no pitches item. */
    public record Line(int place, String ref, String name, String time, boolean first, boolean last) {
    }

    /** The order, its programme item in words, and whether it can still change. */
    public record Order(String item, List<Line> lines, boolean told) {
    }

    @GET
    public Response order(@PathParam("id") long id) {
        return page(id, null, 200);
    }

    /** The same order on a page of its own, with a print stylesheet. */
    @GET
    @Path("/print")
    public TemplateInstance print(@PathParam("id") long id) {
        Event event = events.require(id);
        return console.localized(Templates.print(console.frame(words().orderTitle(), event, ConsoleSection.PITCH),
                event, orderOf(id)));
    }

    @POST
    @Path("/{ref}/up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response up(@PathParam("id") long id, @PathParam("ref") String ref) {
        return move(id, ref, -1);
    }

    @POST
    @Path("/{ref}/down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response down(@PathParam("id") long id, @PathParam("ref") String ref) {
        return move(id, ref, 1);
    }

    private Response move(long id, String ref, int direction) {
        try {
            runningOrder.move(id, ref, direction);
        } catch (ConflictException e) {
            return page(id, console.refused(e.text()), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/pitch/running-order").build(id)).build();
    }

    private Response page(long id, String refusal, int status) {
        Event event = events.require(id);
        return Response.status(status).entity(console.localized(Templates.order(
                console.frame(words().orderTitle(), event, ConsoleSection.PITCH), event, orderOf(id), refusal))).build();
    }

    private Order orderOf(long id) {
        Language language = console.language();
        PitchRunningOrderService.Board board = runningOrder.get(id);
        List<RunningOrder.Pitch> pitches = board.pitches();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < pitches.size(); i++) {
            RunningOrder.Pitch p = pitches.get(i);
            String time = p.start() == null ? null : words().slot(time(p.start(), language), time(p.end(), language));
            lines.add(new Line(p.order(), p.structureRef(), p.name(), time, i == 0, i == pitches.size() - 1));
        }
        ProgrammeItem item = board.item();
        String itemWords = item == null ? null : words().item(item.title, time(item.start, language), time(item.end, language));
        return new Order(itemWords, lines, runningOrder.told(id));
    }

    private static String time(LocalTime time, Language language) {
        return DateTimeFormats.shortTime(time, language);
    }

    private PitchPages words() {
        return console.language().messages(PitchPages.class);
    }
}
