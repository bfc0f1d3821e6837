package fr.openmap.web.console.day;

import fr.openmap.access.Roles;
import fr.openmap.access.SessionCookies;
import fr.openmap.day.CheckIns;
import fr.openmap.day.CheckIns.Arrival;
import fr.openmap.day.CheckIns.Counts;
import fr.openmap.day.Standby;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.access.StaffSession;
import fr.openmap.day.StaffLinks;
import fr.openmap.day.StaffLinks.StaffLink;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
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
 * polled by htmx. A GET never changes anything. The organizer, or the welcome desk by the link the organizer
 * creates here ({@link StaffLinks}), which opens these pages of this event only.
 */
@Path("/console/events/{id}/day")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ORGANIZER, Roles.STAFF})
public class DayPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    CheckIns checkIns;
    @Inject
    StaffLinks staffLinks;
    @Inject
    SecurityIdentity identity;
    @Inject
    Standby standby;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, Event event, Counts counts, String query, String code,
                                            String codeProblem, List<Row> results, boolean searched, String notice,
                                            boolean organizer, StaffLink staffLink, String staffLinkCreated,
                                            List<Freed> freed);

        static native TemplateInstance absentAll(Frame frame, Event event, String from, FieldProblems problems,
                                                 List<Arrival> missing, String refusal);

        static native TemplateInstance counts(Event event, Counts counts);

        static native TemplateInstance refused(Frame frame, String why);
    }

    /** A meeting freed by an absent participant, its time in words, and who could take the absent one's place. */
    public record Freed(CheckIns.FreedMeeting meeting, String time, List<Standby.Candidate> candidates) {
    }

    /** One participant in the results, with the time of arrival in words. */
    public record Row(Arrival who, String arrivedAt) {
    }

    @GET
    public Response page(@PathParam("id") long id, @QueryParam("q") String query,
                         @QueryParam("arrived") String arrived, @QueryParam("undone") String undone,
                         @QueryParam("absent") String absent, @QueryParam("present") String present,
                         @QueryParam("staff-link") String staffLink, @QueryParam("replaced") String replaced,
                         @QueryParam("absent-all") Integer absentAll,
                         @QueryParam(StaffSession.TOKEN_PARAMETER) String staffToken, @Context UriInfo uri) {
        if (staffToken != null) {
            // the desk's link: keep the token in a cookie limited to these pages, and take it out of the address
            return Response.seeOther(UriBuilder.fromUri(uri.getRequestUri()).replaceQuery(null).build())
                    .cookie(staffCookie(id, staffToken, uri)).build();
        }
        Event event = events.require(id);
        boolean searched = query != null && !query.isBlank();
        List<Row> results = searched ? rows(checkIns.search(id, query)) : List.of();
        DayPages words = console.language().messages(DayPages.class);
        String notice = "revoked".equals(staffLink) ? words.staffLinkRevoked()
                : replaced != null ? words.replacedNotice(replaced)
                : absentAll != null ? words.absentAllNotice(absentAll)
                : notice(id, arrived, undone, absent, present);
        return Response.ok(render(event, query, null, null, results, searched, notice)).build();
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
        try {
            checkIns.markArrived(id, ref);
        } catch (ConflictException refused) {
            return Response.status(409).entity(render(events.require(id), query, null, null,
                    rows(checkIns.search(id, query)), true, console.refused(refused.text()))).build();
        }
        return back(id, query, "arrived", ref);
    }

    @POST
    @Path("/absent")
    public Response markAbsent(@PathParam("id") long id, @FormParam("ref") String ref, @FormParam("q") String query) {
        try {
            checkIns.markAbsent(id, ref);
        } catch (ConflictException refused) {
            return Response.status(409).entity(render(events.require(id), query, null, null,
                    rows(checkIns.search(id, query)), true, console.refused(refused.text()))).build();
        }
        return back(id, query, "absent", ref);
    }

    @POST
    @Path("/absent/undo")
    public Response undoAbsent(@PathParam("id") long id, @FormParam("ref") String ref, @FormParam("q") String query) {
        checkIns.undoAbsent(id, ref);
        return back(id, query, "present", ref);
    }

    @POST
    @Path("/undo")
    public Response undo(@PathParam("id") long id, @FormParam("ref") String ref, @FormParam("q") String query) {
        checkIns.undo(id, ref);
        return back(id, query, "undone", ref);
    }

    /** "Everyone not checked in": who that is from the time typed, with the count to confirm; nothing changes yet. */
    @GET
    @Path("/absent-all")
    public Response absentAllConfirmation(@PathParam("id") long id, @QueryParam("from") String from) {
        Event event = events.require(id);
        try {
            CheckIns.absentFrom(from);
        } catch (InvalidInputException e) {
            return absentAll(event, from, console.problems(e.problems(), "", "from"::equals), null, 422);
        }
        return absentAll(event, from, FieldProblems.none(), null, 200);
    }

    /** Marks absent everyone the confirmation listed, if they are still as many (someone may have arrived since). */
    @POST
    @Path("/absent-all")
    public Response markAbsentAll(@PathParam("id") long id, @FormParam("from") String from,
                                  @FormParam("expected") int expected) {
        Event event = events.require(id);
        try {
            int marked = checkIns.markNotArrivedAbsent(id, from, expected).size();
            return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/day").queryParam("absent-all", marked)
                    .fragment("freed").build(id)).build();
        } catch (InvalidInputException e) {
            return absentAll(event, from, console.problems(e.problems(), "", "from"::equals), null, 422);
        } catch (ConflictException e) {
            return absentAll(event, from, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    /** Gives a freed meeting to the candidate chosen and tells the two people who now meet: organizers only. */
    @POST
    @Path("/replace")
    @RolesAllowed(Roles.ORGANIZER)
    public Response replace(@PathParam("id") long id, @FormParam("buyer") String buyer,
                            @FormParam("structure") String structure, @FormParam("replacement") String replacement) {
        try {
            Standby.Confirmed confirmed = standby.confirm(id, buyer, structure, replacement);
            return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/day")
                    .queryParam("replaced", confirmed.replacementName()).fragment("freed").build(id)).build();
        } catch (ConflictException refused) {
            return Response.status(409).entity(render(events.require(id), null, null, null, List.of(), false,
                    console.refused(refused.text()))).build();
        } catch (NotFoundException unknown) {
            return Response.status(404).entity(render(events.require(id), null, null, null, List.of(), false,
                    console.refused(unknown.text()))).build();
        }
    }

    private Response absentAll(Event event, String from, FieldProblems problems, String refusal, int status) {
        DayPages words = console.language().messages(DayPages.class);
        boolean organizer = identity.hasRole(Roles.ORGANIZER);
        Frame frame = organizer ? console.frame(words.absentAllTitle(), event, ConsoleSection.DAY)
                : console.frameWithoutAccount(words.absentAllTitle() + " — " + event.title);
        List<Arrival> missing = !problems.any() ? checkIns.expectedNotArrived(event.id) : List.of();
        return Response.status(status).entity(console.localized(Templates.absentAll(frame, event, from, problems,
                missing, refusal))).build();
    }

    /** Creates the welcome desk's link (replacing any earlier one): organizers only. */
    @POST
    @Path("/staff-link")
    @RolesAllowed(Roles.ORGANIZER)
    public Response createStaffLink(@PathParam("id") long id) {
        staffLinks.create(id);
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/day").queryParam("staff-link", "created")
                .fragment("staff-link").build(id)).build();
    }

    /** Revokes the welcome desk's link: organizers only. */
    @POST
    @Path("/staff-link/revoke")
    @RolesAllowed(Roles.ORGANIZER)
    public Response revokeStaffLink(@PathParam("id") long id) {
        staffLinks.revoke(id);
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/day").queryParam("staff-link", "revoked")
                .fragment("staff-link").build(id)).build();
    }

    /** A revoked, replaced or wrong desk link: said in words, not the sign-in form. */
    @ServerExceptionMapper(AuthenticationFailedException.class)
    Response invalidStaffLink() {
        DayPages words = console.language().messages(DayPages.class);
        return Response.status(404).type(MediaType.TEXT_HTML).entity(console.localized(Templates.refused(
                console.frameWithoutAccount(words.invalidTitle()), StaffLinks.INVALID_LINK.in(console.language()))).render())
                .build();
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

    /** What the last action did, in words: "X est marqué(e) arrivé(e)." and so on; null when nothing was done. */
    private String notice(long id, String arrived, String undone, String absent, String present) {
        String ref = absent != null ? absent : present != null ? present : arrived != null ? arrived : undone;
        if (ref == null) {
            return null;
        }
        Arrival who = checkIns.everyone(id).stream().filter(a -> a.ref().equals(ref)).findFirst().orElse(null);
        if (who == null) {
            return null;
        }
        DayPages words = console.language().messages(DayPages.class);
        return absent != null ? words.markedAbsent(who.name()) : present != null ? words.absenceUndone(who.name())
                : arrived != null ? words.markedArrived(who.name()) : words.undone(who.name());
    }

    private TemplateInstance render(Event event, String query, String code, String codeProblem, List<Row> results,
                                    boolean searched, String notice) {
        DayPages words = console.language().messages(DayPages.class);
        boolean organizer = identity.hasRole(Roles.ORGANIZER);
        // the desk sees these pages only, without the console's navigation
        Frame frame = organizer ? console.frame(words.title(), event, ConsoleSection.DAY)
                : console.frameWithoutAccount(words.title() + " — " + event.title);
        StaffLink link = organizer ? staffLinks.current(event.id).orElse(null) : null;
        return console.localized(Templates.page(frame, event, checkIns.counts(event.id), query, code, codeProblem,
                results, searched, notice, organizer, link,
                link == null ? null : DateTimeFormats.shortTime(link.createdAt().toLocalTime(), console.language()),
                standby.proposals(event.id).stream().map(p -> new Freed(p.freed(),
                        DateTimeFormats.shortTime(p.freed().start(), console.language()) + " – "
                                + DateTimeFormats.shortTime(p.freed().end(), console.language()), p.candidates())).toList()));
    }

    private static NewCookie staffCookie(long eventId, String token, UriInfo uri) {
        return SessionCookies.of(StaffSession.COOKIE, token, StaffSession.pagePath(eventId), uri.getRequestUri());
    }

    private List<Row> rows(List<Arrival> arrivals) {
        return arrivals.stream().map(a -> new Row(a, a.arrivedAt() == null ? null
                : DateTimeFormats.shortTime(a.arrivedAt().toLocalTime(), console.language()))).toList();
    }
}
