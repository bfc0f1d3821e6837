package fr.openmap.web.personal;

import fr.openmap.access.PersonalSession;
import fr.openmap.access.Roles;
import fr.openmap.access.SessionCookies;
import fr.openmap.agenda.ParticipantAgendas;
import fr.openmap.agenda.ParticipantAgendas.SentAgenda;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Participant;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestStatus;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.i18n.Text;
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
 * The home of a participant's personal space, reached from the link in their emails: the agenda they were last
 * sent (with its calendar file, and why an accepted request has no meeting), and their meeting requests, to answer
 * or withdraw. The link's token opens a {@link PersonalSession} and is then dropped from the address. French unless
 * the participant's language (or {@code ?lang=en}) says English. Anything wrong (no session, a bad link, somebody
 * else's page) gets the same "this link is not valid" page.
 */
@Path("/p/{eventId}/{ref}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.BUYER, Roles.STRUCTURE})
public class PersonalPage {

    @Inject
    PersonalSpace space;
    @Inject
    ParticipantAgendas agendas;
    @Inject
    MeetingRequestService requests;
    @Inject
    PersonalHome home;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PersonalFrame frame, SentAgenda sent, String sentOn, String calendarHref,
                                            List<UnmetLine> unmet,
                                            List<RequestLine> incoming, List<RequestLine> outgoing, String notice,
                                            String refusal, String frozen, String answerAction);

        static native TemplateInstance refused(String message);
    }

    /**
     * One request on the page: with whom, its priority and answer, the messages, and what this participant may do
     * with it; {@code problem}: why the answer just sent was refused (shown next to its message field).
     */
    public record RequestLine(long id, String counterpart, boolean askedByMe, int priority, String priorityWords,
                              String status, String message, String answerMessage, boolean canAccept,
                              boolean canDecline, boolean canWithdraw, String problem) {
    }

    /** An answer refused for what was typed: to which request, the message as typed, and why. */
    public record Answering(long requestId, String typed, String problem) {
        static final Answering NONE = new Answering(-1, null, null);
    }

    /** An accepted request without a meeting in the agenda sent, and why, in the page's language. */
    public record UnmetLine(String counterpart, String reason) {
    }

    @GET
    @Transactional
    public Response show(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @QueryParam(PersonalSession.TOKEN_PARAMETER) String token, @QueryParam("done") String done,
                         @Context UriInfo uri) {
        space.me(eventId, ref);
        if (token != null) {
            return Response.seeOther(UriBuilder.fromUri(uri.getRequestUri())
                            .replaceQueryParam(PersonalSession.TOKEN_PARAMETER).build())
                    .cookie(sessionCookie(eventId, ref, token, uri)).build();
        }
        PersonalMessages words = space.words();
        String notice = switch (done == null ? "" : done) {
            case "accepted" -> words.acceptedNotice();
            case "declined" -> words.declinedNotice();
            case "withdrawn" -> words.withdrawnNotice();
            default -> null;
        };
        return Response.ok(page(eventId, ref, notice, null)).build();
    }

    /** The agenda last sent, as a calendar file; 404 (the same "not valid" page) before the first send. */
    @GET
    @Path("/agenda.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        Participant me = space.me(eventId, ref);
        String ics = agendas.publishedCalendar(eventId, ref, space.language())
                .orElseThrow(() -> new NotFoundException(Text.of("no agenda sent yet", "aucun agenda envoyé")));
        return Response.ok(ics, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"agenda-" + me.event.slug + "-" + ref + ".ics\"")
                .build();
    }

    /** Accepts or declines a request asked of this participant, with an optional message, then shows the page again. */
    @POST
    @Path("/requests/{requestId}/{answer:accept|decline}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                           @PathParam("requestId") long requestId, @PathParam("answer") String answer,
                           @FormParam("message") String message, @FormParam("lang") String lang) {
        space.language(lang);
        space.me(eventId, ref);
        boolean accept = answer.equals("accept");
        try {
            requests.answer(eventId, requestId, accept ? RequestStatus.ACCEPTED : RequestStatus.DECLINED, null, message);
        } catch (ConflictException e) {
            // answers were frozen, or the request changed meanwhile: the page says why
            return refused(eventId, ref, space.words().notRecorded(), e);
        } catch (InvalidInputException e) {
            // the message is too long, say: next to the field, with what was typed
            String why = e.problems().stream().map(p -> space.sentence(p.text())).collect(java.util.stream.Collectors.joining(" "));
            return Response.status(422).entity(home.render(space.me(eventId, ref), null, null,
                    new Answering(requestId, message, why))).build();
        }
        return space.seeOther("", accept ? "accepted" : "declined");
    }

    /** Withdraws a request this participant made. */
    @POST
    @Path("/requests/{requestId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                             @PathParam("requestId") long requestId, @FormParam("lang") String lang) {
        space.language(lang);
        space.me(eventId, ref);
        try {
            requests.withdraw(eventId, requestId);
        } catch (ConflictException e) {
            return refused(eventId, ref, space.words().changeRefused(), e);
        }
        return space.seeOther("", "withdrawn");
    }

    private Response refused(long eventId, String ref, String lead, RuntimeException e) {
        Text why = e instanceof ConflictException c ? c.text()
                : ((InvalidInputException) e).problems().get(0).text();
        int status = e instanceof ConflictException ? 409 : 422;
        return Response.status(status).entity(page(eventId, ref, null, lead + " " + space.sentence(why))).build();
    }

    TemplateInstance page(long eventId, String ref, String notice, String refusal) {
        return home.render(space.me(eventId, ref), notice, refusal);
    }

    private static NewCookie sessionCookie(long eventId, String ref, String token, UriInfo uri) {
        return SessionCookies.of(PersonalSession.COOKIE, token, PersonalSession.pagePath(eventId, ref), uri.getRequestUri());
    }

    static String status(RequestStatus status, Language language) {
        PersonalMessages words = language.messages(PersonalMessages.class);
        return switch (status) {
            case PENDING -> words.statusPending();
            case ACCEPTED -> words.statusAccepted();
            case DECLINED -> words.statusDeclined();
        };
    }

    // A person gets a page in their language, never a JSON error or a stack trace; whatever the
    // reason (no session, a wrong or renewed link, another participant's page) the answer is the same.

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return space.invalidLink();
    }
}
