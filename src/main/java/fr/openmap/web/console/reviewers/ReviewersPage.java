package fr.openmap.web.console.reviewers;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.pitch.PitchApplicationService;
import fr.openmap.pitch.PitchCommitteeService;
import fr.openmap.pitch.PitchCommitteeService.Progress;
import fr.openmap.pitch.PitchReviewer;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;
import java.util.Set;

/**
 * The organizer's page of an event's pitch committee: its members with their progress, adding one (who is
 * emailed their review link), removing one after a confirmation that counts their reviews, how applications
 * are shared, and a reminder to those not finished after a confirmation that names them.
 */
@Path("/console/events/{id}/pitch/reviewers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class ReviewersPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    PitchCommitteeService committee;
    @Inject
    PitchApplicationService applications;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, long eventId, List<Progress> members, int applications,
                                            Integer perApplication, FieldProblems problems, Typed typed,
                                            FieldProblems shareProblems, String notice, String refusal);

        static native TemplateInstance removeConfirm(Frame frame, long eventId, PitchReviewer member, long reviews);

        static native TemplateInstance remindConfirm(Frame frame, long eventId, List<Progress> left, String refusal);
    }

    /** What the organizer typed in the "add a member" form, shown again when it is refused. */
    public record Typed(String name, String email, String language) {
        static final Typed NONE = new Typed(null, null, "fr");
    }

    @GET
    public Response show(@PathParam("id") long eventId, @QueryParam("added") String added,
                         @QueryParam("removed") String removed, @QueryParam("shared") boolean shared,
                         @QueryParam("reminded") Integer reminded) {
        ReviewerPages words = words();
        String notice = added != null ? words.added(added) : removed != null ? words.removed(removed)
                : shared ? words.shared() : reminded != null ? words.reminded(reminded) : null;
        return page(eventId, FieldProblems.none(), Typed.NONE, FieldProblems.none(), notice, null, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long eventId, @FormParam("name") String name, @FormParam("email") String email,
                        @FormParam("language") String language) {
        Typed typed = new Typed(name, email, language);
        try {
            PitchReviewer member = committee.add(eventId, name, email, language);
            return Response.seeOther(UriBuilder.fromPath(here(eventId)).queryParam("added", member.name).build()).build();
        } catch (InvalidInputException e) {
            return page(eventId, console.problems(e.problems(), "", Set.of("name", "email", "language")::contains), typed,
                    FieldProblems.none(), null, null, 422);
        }
    }

    @POST
    @Path("/share")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@PathParam("id") long eventId, @FormParam("mode") String mode,
                          @FormParam("reviewersPerApplication") String perApplication) {
        Integer count = null;
        if ("per".equals(mode)) {
            try {
                count = Integer.valueOf(perApplication == null ? "" : perApplication.strip());
            } catch (NumberFormatException e) {
                count = 0; // refused below with the allowed range, next to the field
            }
        }
        try {
            committee.share(eventId, count);
        } catch (InvalidInputException e) {
            return page(eventId, FieldProblems.none(), Typed.NONE,
                    console.problems(e.problems(), "", Set.of("reviewersPerApplication")::contains), null, null, 422);
        }
        return Response.seeOther(UriBuilder.fromPath(here(eventId)).queryParam("shared", true).build()).build();
    }

    @GET
    @Path("/{memberId}/remove")
    public Response confirmRemove(@PathParam("id") long eventId, @PathParam("memberId") long memberId) {
        Event event = events.require(eventId);
        PitchReviewer member;
        try {
            member = committee.member(eventId, memberId);
        } catch (NotFoundException e) {
            return page(eventId, FieldProblems.none(), Typed.NONE, FieldProblems.none(), null, console.refused(e.text()), 404);
        }
        long reviews = committee.reviewsOf(eventId, memberId);
        return Response.ok(console.localized(Templates.removeConfirm(
                console.frame(words().removeConfirmTitle(), event, ConsoleSection.PITCH), eventId, member, reviews))).build();
    }

    @POST
    @Path("/{memberId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long eventId, @PathParam("memberId") long memberId) {
        try {
            PitchReviewer member = committee.remove(eventId, memberId);
            return Response.seeOther(UriBuilder.fromPath(here(eventId)).queryParam("removed", member.name).build()).build();
        } catch (NotFoundException e) {
            return page(eventId, FieldProblems.none(), Typed.NONE, FieldProblems.none(), null, console.refused(e.text()), 404);
        }
    }

    @GET
    @Path("/remind")
    public Response confirmRemind(@PathParam("id") long eventId) {
        return remindPage(eventId, null, 200);
    }

    @POST
    @Path("/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remind(@PathParam("id") long eventId, @FormParam("expected") int expected) {
        try {
            int sent = committee.remind(eventId, expected);
            return Response.seeOther(UriBuilder.fromPath(here(eventId)).queryParam("reminded", sent).build()).build();
        } catch (ConflictException e) {
            return remindPage(eventId, console.refused(e.text()), 409);
        }
    }

    private Response remindPage(long eventId, String refusal, int status) {
        Event event = events.require(eventId);
        List<Progress> left = committee.toRemind(eventId);
        return Response.status(status).entity(console.localized(Templates.remindConfirm(
                console.frame(words().remindConfirmTitle(), event, ConsoleSection.PITCH), eventId, left, refusal))).build();
    }

    private Response page(long eventId, FieldProblems problems, Typed typed, FieldProblems shareProblems, String notice,
                          String refusal, int status) {
        Event event = events.require(eventId);
        List<Progress> members = committee.members(eventId);
        return Response.status(status).entity(console.localized(Templates.page(
                console.frame(words().title(), event, ConsoleSection.PITCH), eventId, members,
                applications.list(eventId).size(), committee.reviewersPerApplication(eventId), problems, typed,
                shareProblems, notice, refusal))).build();
    }

    private ReviewerPages words() {
        return console.language().messages(ReviewerPages.class);
    }

    static String here(long eventId) {
        return "/console/events/" + eventId + "/pitch/reviewers";
    }
}
