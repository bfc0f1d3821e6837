package fr.openmap.web;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.access.UnauthorizedException;
import fr.openmap.mail.AgendaMail.AgendaView;
import fr.openmap.mail.AgendaService;
import fr.openmap.registration.Participant;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestStatus;
import fr.openmap.validation.NotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.function.Supplier;

/**
 * A participant's personal page, reached from the link in their emails: their agenda in the
 * current timetable, and their meeting requests, which they can accept or decline. The token in
 * the link is checked by the same rules as the API's ({@link Caller}); French unless the
 * participant's language (or {@code ?lang=en}) says English.
 */
@Path("/p/{eventId}/{ref}")
@Produces(MediaType.TEXT_HTML)
public class PersonalPage {

    @Inject
    Caller caller;
    @Inject
    AgendaService agendas;
    @Inject
    MeetingRequestService requests;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Labels t, AgendaView agenda, List<RequestLine> requests, String notice,
                                            String answerAction, String token);

        static native TemplateInstance refused(Labels t, String message);
    }

    /** One request on the page: who asked whom, its priority and answer, and whether this participant may answer it. */
    public record RequestLine(long id, String counterpart, boolean askedByMe, int priority, String status,
                              boolean answerable) {
    }

    @GET
    public Response show(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @QueryParam("token") String token, @QueryParam("lang") String lang,
                         @QueryParam("done") String done) {
        return guarded(lang, () -> {
            Participant me = signIn(eventId, ref, token);
            Labels t = Labels.of(english(lang, me));
            AgendaView agenda = agendas.currentAgenda(eventId, ref, t.english());
            List<RequestLine> lines = requests.list(eventId).stream().map(r -> line(r, me, t)).toList();
            String notice = "accepted".equals(done) ? t.acceptedNotice() : "declined".equals(done) ? t.declinedNotice() : null;
            String action = "/p/" + eventId + "/" + ref + "/requests/";
            return Response.ok(Templates.page(t, agenda, lines, notice, action, token).render()).build();
        });
    }

    /** Accepts or declines a request asked of this participant, then shows the page again. */
    @POST
    @Path("/requests/{requestId}/{answer}")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                           @PathParam("requestId") long requestId, @PathParam("answer") String answer,
                           @FormParam("token") String token, @FormParam("lang") String lang) {
        return guarded(lang, () -> {
            signIn(eventId, ref, token);
            switch (answer) {
                case "accept" -> requests.accept(eventId, requestId);
                case "decline" -> requests.decline(eventId, requestId);
                default -> throw new NotFoundException("no such answer: " + answer);
            }
            UriBuilder back = UriBuilder.fromPath("/p/{eventId}/{ref}").queryParam("token", token)
                    .queryParam("done", answer.equals("accept") ? "accepted" : "declined");
            if (lang != null && !lang.isBlank()) {
                back.queryParam("lang", lang);
            }
            return Response.seeOther(back.build(eventId, ref)).build();
        });
    }

    private Participant signIn(long eventId, String ref, String token) {
        if (token == null || token.isBlank()) {
            throw new UnauthorizedException("no token");
        }
        caller.presentToken(token);
        Participant me = caller.participant().orElseThrow();
        if (me.event.id != eventId || !me.ref.equals(ref)) {
            throw new ForbiddenException("this link is not yours");
        }
        return me;
    }

    private static RequestLine line(MeetingRequest r, Participant me, Labels t) {
        boolean askedByMe = r.fromRef().equals(me.ref);
        Participant other = r.buyer.ref.equals(me.ref) ? r.structure : r.buyer;
        return new RequestLine(r.id, other.displayName(), askedByMe, r.priority, t.status(r.status),
                !askedByMe && r.status == RequestStatus.PENDING);
    }

    private static boolean english(String lang, Participant me) {
        return lang != null ? "en".equalsIgnoreCase(lang) : "en".equalsIgnoreCase(me.language);
    }

    /** Users of a page get a page, in their language, never a JSON error or a stack trace. */
    private Response guarded(String lang, Supplier<Response> page) {
        Labels t = Labels.of("en".equalsIgnoreCase(lang));
        try {
            return page.get();
        } catch (UnauthorizedException | ForbiddenException e) {
            return refused(403, t, t.invalidLink());
        } catch (NotFoundException e) {
            return refused(404, t, t.notFound());
        }
    }

    private static Response refused(int status, Labels t, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML).entity(Templates.refused(t, message).render()).build();
    }
}
