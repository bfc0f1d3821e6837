package fr.openmap.web.console.day;

import fr.openmap.access.Roles;
import fr.openmap.day.CheckIns;
import fr.openmap.day.CheckIns.Arrival;
import fr.openmap.day.CheckIns.Counts;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/**
 * The welcome desk on the day: find a participant by name, organization or the code under the badge's QR (whose
 * link opens {@code check-in/{code}}), mark them arrived or undo it, and the counts of arrived against expected,
 * polled by htmx. A GET never changes anything.
 */
@Path("/console/events/{id}/day")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class DayPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    CheckIns checkIns;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, Event event, Counts counts, String query, String code,
                                            String codeProblem, List<Row> results, boolean searched, String notice);

        static native TemplateInstance counts(Event event, Counts counts);
    }

    /** One participant in the results, with the time of arrival in words. */
    public record Row(Arrival who, String arrivedAt) {
    }

    @GET
    public TemplateInstance page(@PathParam("id") long id, @QueryParam("q") String query,
                                 @QueryParam("arrived") String arrived, @QueryParam("undone") String undone) {
        Event event = events.require(id);
        boolean searched = query != null && !query.isBlank();
        List<Row> results = searched ? rows(checkIns.search(id, query)) : List.of();
        return render(event, query, null, null, results, searched, notice(id, arrived, undone));
    }

    /** The code typed at the desk: sent on to the participant's check-in, as the badge's QR does. */
    @GET
    @Path("/check-in")
    public Response typedCode(@PathParam("id") long id, @QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/day").build(id)).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/day/check-in/{code}")
                .build(id, code.strip())).build();
    }

    /** What the badge's QR code opens: that participant with the button to mark them arrived. */
    @GET
    @Path("/check-in/{code}")
    public Response checkIn(@PathParam("id") long id, @PathParam("code") String code) {
        Event event = events.require(id);
        try {
            Arrival who = checkIns.byCode(id, code);
            return Response.ok(render(event, null, code, null, rows(List.of(who)), true, null)).build();
        } catch (NotFoundException unknown) {
            return Response.status(404)
                    .entity(render(event, null, code, unknown.text().in(console.language()), List.of(), false, null))
                    .build();
        }
    }

    @POST
    @Path("/arrived")
    public Response markArrived(@PathParam("id") long id, @FormParam("ref") String ref, @FormParam("q") String query) {
        checkIns.markArrived(id, ref);
        return back(id, query, "arrived", ref);
    }

    @POST
    @Path("/undo")
    public Response undo(@PathParam("id") long id, @FormParam("ref") String ref, @FormParam("q") String query) {
        checkIns.undo(id, ref);
        return back(id, query, "undone", ref);
    }

    /** The counts alone, for htmx to poll. */
    @GET
    @Path("/counts")
    public TemplateInstance counts(@PathParam("id") long id) {
        return console.localized(Templates.counts(events.require(id), checkIns.counts(id)));
    }

    private Response back(long id, String query, String what, String ref) {
        UriBuilder to = UriBuilder.fromPath("/console/events/{id}/day").queryParam(what, ref);
        if (query != null && !query.isBlank()) {
            to.queryParam("q", query);
        }
        return Response.seeOther(to.build(id)).build();
    }

    private String notice(long id, String arrived, String undone) {
        DayPages words = console.language().messages(DayPages.class);
        try {
            if (arrived != null) {
                Arrival who = checkIns.everyone(id).stream().filter(a -> a.ref().equals(arrived)).findFirst().orElse(null);
                return who == null ? null : words.markedArrived(who.name());
            }
            if (undone != null) {
                Arrival who = checkIns.everyone(id).stream().filter(a -> a.ref().equals(undone)).findFirst().orElse(null);
                return who == null ? null : words.undone(who.name());
            }
        } catch (NotFoundException gone) {
            return null;
        }
        return null;
    }

    private TemplateInstance render(Event event, String query, String code, String codeProblem, List<Row> results,
                                    boolean searched, String notice) {
        DayPages words = console.language().messages(DayPages.class);
        return console.localized(Templates.page(console.frame(words.title(), event, ConsoleSection.DAY), event,
                checkIns.counts(event.id), query, code, codeProblem, results, searched, notice));
    }

    private List<Row> rows(List<Arrival> arrivals) {
        return arrivals.stream().map(a -> new Row(a, a.arrivedAt() == null ? null
                : DateTimeFormats.shortTime(a.arrivedAt().toLocalTime(), console.language()))).toList();
    }
}
