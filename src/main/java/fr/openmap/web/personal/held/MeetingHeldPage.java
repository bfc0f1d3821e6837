package fr.openmap.web.personal.held;

import fr.openmap.access.Roles;
import fr.openmap.day.held.MeetingOutcomes;
import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A participant says, from their personal page, whether a meeting of their agenda took place ({@code held=yes|no},
 * the other side's ref in {@code with}), or corrects it; then the page again, at that meeting. Refused (a meeting
 * not theirs: 404, not begun: 409) on a page saying why, nothing written.
 */
@Path("/p/{eventId}/{ref}/held")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.BUYER, Roles.STRUCTURE})
public class MeetingHeldPage {

    static final Text YES_OR_NO = Text.of("Say whether the meeting took place: yes or no.",
            "Indiquez si le rendez-vous a eu lieu : oui ou non.");

    @Inject
    PersonalSpace space;
    @Inject
    MeetingOutcomes outcomes;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(PersonalFrame frame, String message, String back);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response mark(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                         @FormParam("with") String with, @FormParam("held") String held) {
        space.me(eventId, ref);
        if (!"yes".equals(held) && !"no".equals(held)) {
            return refused(422, YES_OR_NO);
        }
        try {
            outcomes.mark(eventId, ref, with, held.equals("yes"));
        } catch (NotFoundException e) {
            return refused(404, e.text());
        } catch (ConflictException e) {
            return refused(409, e.text());
        }
        return Response.seeOther(UriBuilder.fromUri(space.path("")).queryParam(HeldMarks.SAVED, with)
                .fragment("held-" + with).build()).build();
    }

    private Response refused(int status, Text why) {
        HeldMessages words = space.language().messages(HeldMessages.class);
        // at this POST-only address the frame's language switch leads to the agenda (see PersonalSpace.frame)
        PersonalFrame frame = space.frame(words.refusedTitle(), PersonalSection.HOME);
        return Response.status(status).type(MediaType.TEXT_HTML).entity(space.localized(Templates.refused(
                frame, words.notRecorded() + " " + space.sentence(why), space.path("")))).build();
    }

    // no session, a wrong link, someone else's page: the personal space's one refusal, nothing of theirs shown
    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return space.invalidLink();
    }
}
