package fr.openmap.web.console.participants;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.registration.Approval;
import fr.openmap.registration.Approvals;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.signup.Signups;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.EventPaths;
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

/**
 * The registrations waiting for the organizer's approval (events with {@code approval}): each approved, or refused
 * with a reason (required: the problem next to that row's field), through {@link Signups} as the API does, so the
 * participant gets the one email saying so.
 */
@Path("/console/events/{id}/approvals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class ApprovalsPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    Approvals approvals;
    @Inject
    Signups signups;
    @Inject
    RegistrationService registrations;

    /** One waiting registration as the list shows it. */
    public record Row(String ref, String kind, String name, String contactName, String email, String reasonId,
                      String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, long eventId, String slug, List<Row> rows, String notice,
                                            String refusal, FieldProblems problems);
    }

    @GET
    public Response list(@PathParam("id") long id, @QueryParam("done") String done, @QueryParam("ref") String ref) {
        ApprovalPages words = words();
        String notice = null;
        if (ref != null && ("approved".equals(done) || "refused".equals(done))) {
            String name = registrations.participant(id, ref).map(Participant::displayName).orElse(ref);
            notice = "approved".equals(done) ? words.approved(name) : words.refused(name);
        }
        return page(id, notice, null, null, null, FieldProblems.none(), 200);
    }

    @POST
    @Path("/{ref}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @PathParam("ref") String ref) {
        if (!waiting(id, ref)) {
            return page(id, null, words().alreadyDecided(), null, null, FieldProblems.none(), 409);
        }
        signups.approve(id, ref);
        return done(id, "approved", ref);
    }

    @POST
    @Path("/{ref}/refuse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refuse(@PathParam("id") long id, @PathParam("ref") String ref, @FormParam("reason") String reason) {
        if (!waiting(id, ref)) {
            return page(id, null, words().alreadyDecided(), null, null, FieldProblems.none(), 409);
        }
        try {
            signups.refuse(id, ref, reason);
        } catch (InvalidInputException e) {
            // the reason's problem goes next to this row's reason field
            List<Problem> atRow = e.problems().stream().map(p -> new Problem("reason-" + ref, p.text())).toList();
            return page(id, null, null, ref, reason, console.problems(atRow, "", f -> f.equals("reason-" + ref)), 422);
        }
        return done(id, "refused", ref);
    }

    /** Decided already (in another tab, by another organizer): refusing again would send a second email. */
    private boolean waiting(long id, String ref) {
        return registrations.participant(id, ref).map(p -> p.approval == Approval.PENDING).orElse(false);
    }

    private Response page(long id, String notice, String refusal, String reasonRef, String reason, FieldProblems problems,
                          int status) {
        Event event = events.require(id);
        ApprovalPages words = words();
        List<Row> rows = approvals.pending(id).stream().map(p -> new Row(p.ref,
                p instanceof Buyer ? words.buyer() : words.structure(), p.displayName(), p.contactName, p.email,
                "reason-" + p.ref, p.ref.equals(reasonRef) ? reason : "")).toList();
        return Response.status(status).entity(console.localized(Templates.list(console.frame(words.title(), event, null),
                id, event.slug, rows, notice, refusal, problems))).build();
    }

    private static Response done(long id, String done, String ref) {
        return Response.seeOther(UriBuilder.fromPath(path(id)).queryParam("done", done).queryParam("ref", ref).build()).build();
    }

    static String path(long id) {
        return EventPaths.event(id) + "/approvals";
    }

    private ApprovalPages words() {
        return console.language().messages(ApprovalPages.class);
    }
}
