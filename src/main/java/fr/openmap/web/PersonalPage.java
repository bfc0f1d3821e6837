package fr.openmap.web;

import fr.openmap.access.Caller;
import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.access.PersonalSession;
import fr.openmap.access.Roles;
import fr.openmap.agenda.ParticipantAgenda;
import fr.openmap.agenda.ParticipantAgendas;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestStatus;
import fr.openmap.requests.RequestTransitions;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * A participant's personal page, reached from the link in their emails: their agenda in the
 * current timetable, and their meeting requests, which they can accept or decline. The link's
 * token opens a {@link PersonalSession} and is then dropped from the address. French unless the
 * participant's language (or {@code ?lang=en}) says English. Anything wrong (no session, a bad
 * link, somebody else's page) gets the same "this link is not valid" page.
 */
@Path("/p/{eventId}/{ref}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.BUYER, Roles.STRUCTURE})
public class PersonalPage {

    private static final Text NOT_YOURS = Text.of("not your page", "cette page n'est pas la vôtre");

    @Inject
    Caller caller;
    @Inject
    RegistrationService registrations;
    @Inject
    ParticipantAgendas agendas;
    @Inject
    MeetingRequestService requests;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(ParticipantAgenda agenda, List<RequestLine> requests, String notice,
                                            String frozen, String answerAction);

        static native TemplateInstance refused(String message);
    }

    /** One request on the page: who asked whom, its priority and answer, and whether this participant may answer it. */
    public record RequestLine(long id, String counterpart, boolean askedByMe, int priority, String status,
                              boolean canAccept, boolean canDecline) {
    }

    @GET
    @Transactional
    public Response show(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @QueryParam(PersonalSession.TOKEN_PARAMETER) String token, @QueryParam("lang") String lang,
                         @QueryParam("done") String done, @Context UriInfo uri) {
        Participant me = requireOwnPage(eventId, ref);
        if (token != null) {
            return Response.seeOther(UriBuilder.fromUri(uri.getRequestUri())
                            .replaceQueryParam(PersonalSession.TOKEN_PARAMETER).build())
                    .cookie(sessionCookie(eventId, ref, token, uri)).build();
        }
        Language language = lang != null ? Language.of(lang) : Language.of(me.language);
        PageMessages words = messages(language);
        ParticipantAgenda agenda = agendas.current(eventId, ref, language);
        boolean frozen = RequestTransitions.Freeze.now(me.event.answersFrozenAt, me.event).frozen();
        List<RequestLine> lines = requests.list(eventId).stream().map(r -> line(r, me, words, frozen)).toList();
        String notice = switch (done == null ? "" : done) {
            case "accepted" -> words.acceptedNotice();
            case "declined" -> words.declinedNotice();
            case "refused" -> words.answerRefused();
            default -> null;
        };
        String action = PersonalSession.pagePath(eventId, ref) + "/requests/";
        return Response.ok(Templates.page(agenda, lines, notice, frozen ? words.answersFrozen() : null, action)
                .setLocale(language.locale).render()).build();
    }

    /** Accepts or declines a request asked of this participant, then shows the page again. */
    @POST
    @Path("/requests/{requestId}/{answer}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                           @PathParam("requestId") long requestId, @PathParam("answer") String answer,
                           @FormParam("lang") String lang) {
        requireOwnPrincipal(eventId, ref);
        String done = answer.equals("accept") ? "accepted" : "declined";
        try {
            switch (answer) {
                case "accept" -> requests.accept(eventId, requestId);
                case "decline" -> requests.decline(eventId, requestId);
                default -> throw new NotFoundException(Text.of("no such answer: " + answer, "réponse inconnue : " + answer));
            }
        } catch (ConflictException e) {
            done = "refused"; // answers were frozen, or the request changed meanwhile: the page says so
        }
        UriBuilder back = UriBuilder.fromPath(PersonalSession.pagePath(eventId, ref)).queryParam("done", done);
        if (lang != null && !lang.isBlank()) {
            back.queryParam("lang", lang);
        }
        return Response.seeOther(back.build()).build();
    }

    private Participant requireOwnPage(long eventId, String ref) {
        requireOwnPrincipal(eventId, ref);
        return registrations.calling().orElseThrow(() -> new NotFoundException(NOT_YOURS));
    }

    /** A participant's session opens their own page only; any other page "does not exist" for them. */
    private void requireOwnPrincipal(long eventId, String ref) {
        ParticipantPrincipal me = caller.principal().orElseThrow(() -> new NotFoundException(NOT_YOURS));
        if (me.eventId() != eventId || !me.ref().equals(ref)) {
            throw new NotFoundException(NOT_YOURS);
        }
    }

    private static NewCookie sessionCookie(long eventId, String ref, String token, UriInfo uri) {
        return new NewCookie.Builder(PersonalSession.COOKIE)
                .value(token)
                .path(PersonalSession.pagePath(eventId, ref))
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .secure("https".equalsIgnoreCase(uri.getRequestUri().getScheme()))
                .build();
    }

    /** The one asked may answer, and change their answer, until answers are frozen (see RequestTransitions). */
    private static RequestLine line(MeetingRequest r, Participant me, PageMessages words, boolean frozen) {
        boolean askedByMe = r.fromRef().equals(me.ref);
        Participant other = r.buyer.ref.equals(me.ref) ? r.structure : r.buyer;
        boolean mayAnswer = !askedByMe && !frozen;
        return new RequestLine(r.id, other.displayName(), askedByMe, r.priority, status(r.status, words),
                mayAnswer && r.status != RequestStatus.ACCEPTED, mayAnswer && r.status != RequestStatus.DECLINED);
    }

    private static String status(RequestStatus status, PageMessages words) {
        return switch (status) {
            case PENDING -> words.statusPending();
            case ACCEPTED -> words.statusAccepted();
            case DECLINED -> words.statusDeclined();
        };
    }

    /** The page's words in this language. */
    private static PageMessages messages(Language language) {
        return language.messages(PageMessages.class);
    }

    // A person gets a page in their language, never a JSON error or a stack trace; whatever the
    // reason (no session, a wrong or renewed link, another participant's page) the answer is the same.

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink(UriInfo uri) {
        Language language = Language.of(uri.getQueryParameters().getFirst("lang"));
        return Response.status(404).type(MediaType.TEXT_HTML)
                .entity(Templates.refused(messages(language).invalidLink()).setLocale(language.locale).render()).build();
    }
}
