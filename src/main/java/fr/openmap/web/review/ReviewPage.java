package fr.openmap.web.review;

import fr.openmap.access.ReviewSession;
import fr.openmap.access.Roles;
import fr.openmap.access.SessionCookies;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.pitch.PitchApplication;
import fr.openmap.pitch.PitchCall;
import fr.openmap.pitch.PitchCommitteeService;
import fr.openmap.pitch.PitchCommitteeService.Assigned;
import fr.openmap.pitch.PitchCriterion;
import fr.openmap.pitch.PitchDossier;
import fr.openmap.pitch.PitchReviewer;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A pitch committee member's review pages, reached from the link in their email (the token opens a
 * {@link ReviewSession} and is dropped from the address): the applications given to them, each with its
 * answers, its PDF dossier and a scoring form (1 to 5 per criterion, words for each level, a comment),
 * editable until the selection is made; and their conflicts of interest. Someone else's pages, another
 * event's, an unknown link: "this link is not valid" (404); an application not given to them: 403 with why.
 */
@Path("/review/{eventId}/{reviewerId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.REVIEWER)
public class ReviewPage {

    @Inject
    Console console;
    @Inject
    PitchCommitteeService committee;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, String hello, String base, List<Line> lines, int scored,
                                            List<ConflictLine> conflicts, String frozen, String notice);

        static native TemplateInstance application(Frame frame, String base, PitchApplication application,
                                                   boolean hasDossier, List<CriterionView> criteria, String comment,
                                                   FieldProblems problems, String frozen, String refusal);

        static native TemplateInstance refused(Frame frame, String message);
    }

    /** One application on the list: its structure and whether this member scored it. */
    public record Line(String ref, String name, boolean scored) {
    }

    /** A structure this member declared a conflict with. */
    public record ConflictLine(String ref, String name) {
    }

    /** One criterion of the scoring form: its field, words, weight, the five levels and the level chosen. */
    public record CriterionView(String name, String field, String label, String weight, List<Level> levels) {
    }

    /** One level (1 to 5) of a criterion, with its words. */
    public record Level(int value, String words, boolean checked) {
    }

    @GET
    public Response list(@PathParam("eventId") long eventId, @PathParam("reviewerId") long reviewerId,
                         @QueryParam(ReviewSession.TOKEN_PARAMETER) String token, @QueryParam("saved") String saved,
                         @QueryParam("conflict") String conflict, @QueryParam("withdrawn") boolean withdrawn,
                         @Context UriInfo uri) {
        PitchReviewer me = committee.me(eventId, reviewerId);
        if (token != null) {
            return Response.seeOther(UriBuilder.fromUri(uri.getRequestUri())
                    .replaceQueryParam(ReviewSession.TOKEN_PARAMETER).build()).cookie(sessionCookie(eventId, reviewerId, token, uri)).build();
        }
        ReviewPages words = words();
        List<Assigned> assigned = committee.assigned(eventId, reviewerId);
        List<Line> lines = assigned.stream().map(a -> new Line(a.application().structure.ref,
                a.application().structure.displayName(), a.scored())).toList();
        List<ConflictLine> conflicts = committee.conflicts(eventId, reviewerId).stream()
                .map(s -> new ConflictLine(s.ref, s.displayName())).toList();
        String notice = saved != null ? words.saved(nameOf(assigned, saved))
                : conflict != null ? words.conflictDeclared(conflicts.stream().filter(c -> c.ref().equals(conflict))
                .map(ConflictLine::name).findFirst().orElse(conflict))
                : withdrawn ? words.conflictWithdrawn() : null;
        String hello = words.hello(me.name, me.event.title, DateTimeFormats.fullDate(me.event.date, console.language()));
        int scored = (int) lines.stream().filter(Line::scored).count();
        return Response.ok(console.localized(Templates.list(console.frameWithoutAccount(words.title()), hello,
                ReviewSession.pagePath(eventId, reviewerId), lines, scored, conflicts, frozen(eventId, reviewerId), notice))).build();
    }

    @GET
    @Path("/applications/{ref}")
    public Response application(@PathParam("eventId") long eventId, @PathParam("reviewerId") long reviewerId,
                                @PathParam("ref") String ref) {
        Assigned assigned = committee.application(eventId, reviewerId, ref);
        Map<String, String> typed = new HashMap<>();
        String comment = null;
        if (assigned.review() != null) {
            assigned.review().scores.forEach((k, v) -> typed.put(k, String.valueOf(v)));
            comment = assigned.review().comment;
        }
        return applicationPage(eventId, reviewerId, assigned, typed, comment, FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/applications/{ref}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("eventId") long eventId, @PathParam("reviewerId") long reviewerId,
                          @PathParam("ref") String ref, MultivaluedMap<String, String> form) {
        Assigned assigned = committee.application(eventId, reviewerId, ref);
        PitchCall call = committee.call(eventId, reviewerId);
        Map<String, String> typed = new LinkedHashMap<>();
        for (PitchCriterion c : call.criteria) {
            String value = form.getFirst(field(c.name));
            if (value != null) {
                typed.put(c.name, value);
            }
        }
        String comment = form.getFirst("comment");
        try {
            committee.score(eventId, reviewerId, ref, typed, comment);
        } catch (InvalidInputException e) {
            FieldProblems problems = console.problems(e.problems(), "", f -> f.equals("comment")
                    || call.criteria.stream().anyMatch(c -> field(c.name).equals(f)));
            return applicationPage(eventId, reviewerId, assigned, typed, comment, problems, null, 422);
        } catch (ConflictException e) {
            return applicationPage(eventId, reviewerId, assigned, typed, comment, FieldProblems.none(),
                    console.refused(e.text()), 409);
        }
        return Response.seeOther(UriBuilder.fromPath(ReviewSession.pagePath(eventId, reviewerId))
                .queryParam("saved", ref).build()).build();
    }

    @GET
    @Path("/applications/{ref}/dossier")
    @Produces({"application/pdf", MediaType.TEXT_HTML}) // a browser asks for HTML first; refusals are pages
    public Response dossier(@PathParam("eventId") long eventId, @PathParam("reviewerId") long reviewerId,
                            @PathParam("ref") String ref) {
        PitchDossier dossier = committee.dossier(eventId, reviewerId, ref).orElse(null);
        if (dossier == null) {
            ReviewPages words = words();
            return Response.status(404).type(MediaType.TEXT_HTML).entity(console.localized(Templates.refused(
                    console.frameWithoutAccount(words.dossier()), words.noDossier())).render()).build();
        }
        return Response.ok(dossier.content, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"pitch-" + ref + ".pdf\"").build();
    }

    @POST
    @Path("/applications/{ref}/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declareConflict(@PathParam("eventId") long eventId, @PathParam("reviewerId") long reviewerId,
                                    @PathParam("ref") String ref) {
        committee.declareConflict(eventId, reviewerId, ref);
        return Response.seeOther(UriBuilder.fromPath(ReviewSession.pagePath(eventId, reviewerId))
                .queryParam("conflict", ref).build()).build();
    }

    @POST
    @Path("/conflicts/{ref}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawConflict(@PathParam("eventId") long eventId, @PathParam("reviewerId") long reviewerId,
                                     @PathParam("ref") String ref) {
        committee.withdrawConflict(eventId, reviewerId, ref);
        return Response.seeOther(UriBuilder.fromPath(ReviewSession.pagePath(eventId, reviewerId))
                .queryParam("withdrawn", true).build()).build();
    }

    private Response applicationPage(long eventId, long reviewerId, Assigned assigned, Map<String, String> typed,
                                     String comment, FieldProblems problems, String refusal, int status) {
        ReviewPages words = words();
        PitchCall call = committee.call(eventId, reviewerId);
        List<String> levelWords = List.of(words.level1(), words.level2(), words.level3(), words.level4(), words.level5());
        List<CriterionView> criteria = call.criteria.stream().map(c -> new CriterionView(c.name, field(c.name),
                label(c.name, words), c.weight == 1.0 ? null : words.weight(shown(c.weight)),
                IntStream.rangeClosed(1, 5).mapToObj(i -> new Level(i, levelWords.get(i - 1),
                        String.valueOf(i).equals(typed.get(c.name) == null ? null : typed.get(c.name).strip()))).toList())).toList();
        boolean hasDossier = committee.dossier(eventId, reviewerId, assigned.application().structure.ref).isPresent();
        return Response.status(status).entity(console.localized(Templates.application(
                console.frameWithoutAccount(assigned.application().structure.displayName()),
                ReviewSession.pagePath(eventId, reviewerId), assigned.application(), hasDossier, criteria, comment,
                problems, frozen(eventId, reviewerId), refusal))).build();
    }

    private String frozen(long eventId, long reviewerId) {
        String since = committee.frozenSince(eventId, reviewerId);
        return since == null ? null : words().frozen(since);
    }

    /** The form field of a criterion's score; a problem at {@code scores.<criterion>} lands on it. */
    static String field(String criterion) {
        return "scores." + criterion;
    }

    /** The four default criteria in words; a criterion the organizer named is shown as named. */
    private static String label(String criterion, ReviewPages words) {
        return switch (criterion) {
            case "relevance" -> words.criterionRelevance();
            case "socialImpact" -> words.criterionSocialImpact();
            case "innovation" -> words.criterionInnovation();
            case "readiness" -> words.criterionReadiness();
            default -> criterion;
        };
    }

    private static String shown(double weight) {
        return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
    }

    private static String nameOf(List<Assigned> assigned, String ref) {
        return assigned.stream().map(Assigned::application).filter(a -> a.structure.ref.equals(ref))
                .map(a -> a.structure.displayName()).findFirst().orElse(ref);
    }

    private ReviewPages words() {
        return console.language().messages(ReviewPages.class);
    }

    private static NewCookie sessionCookie(long eventId, long reviewerId, String token, UriInfo uri) {
        return SessionCookies.of(ReviewSession.COOKIE, token, ReviewSession.pagePath(eventId, reviewerId), uri.getRequestUri());
    }

    // A person gets a page in their language, never a JSON error or a stack trace.

    /** No session, a wrong or replaced link, somebody else's pages, another event's: the link is not valid. */
    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class})
    Response invalidLink() {
        ReviewPages words = words();
        return Response.status(404).type(MediaType.TEXT_HTML).entity(console.localized(Templates.refused(
                console.frameWithoutAccount(words.invalidTitle()), words.invalidLink())).render()).build();
    }

    /** An application of the event not given to this member: refused, saying why. */
    @ServerExceptionMapper(fr.openmap.access.ForbiddenException.class)
    Response notGiven(fr.openmap.access.ForbiddenException e) {
        ReviewPages words = words();
        return Response.status(403).type(MediaType.TEXT_HTML).entity(console.localized(Templates.refused(
                console.frameWithoutAccount(words.forbiddenTitle()), e.text().in(console.language()))).render()).build();
    }
}
