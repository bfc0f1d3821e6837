package fr.openmap.web.personal.booking;

import fr.openmap.access.Caller;
import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.access.PersonalSession;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.net.URI;

/**
 * What the pages below a participant's personal page share (booking, pitch): the session opens one's own
 * pages only, anything else "is not a valid link"; the pages speak the person's language (the switch's cookie).
 */
@RequestScoped
public class OwnPages {

    private static final Text NOT_YOURS = Text.of("not your page", "cette page n'est pas la vôtre");

    @Inject
    Caller caller;
    @Inject
    RegistrationService registrations;
    @Inject
    Console console;

    @CheckedTemplate(basePath = "OwnPages")
    static class Templates {
        static native TemplateInstance refused(fr.openmap.web.console.Frame frame, String message);
    }

    /** The participant whose page this is, when the session is theirs; a NotFoundException otherwise. */
    public Participant require(long eventId, String ref) {
        ParticipantPrincipal me = caller.principal().orElseThrow(() -> new NotFoundException(NOT_YOURS));
        if (me.eventId() != eventId || !me.ref().equals(ref)) {
            throw new NotFoundException(NOT_YOURS);
        }
        return registrations.calling().orElseThrow(() -> new NotFoundException(NOT_YOURS));
    }

    public BookingPages words() {
        return console.language().messages(BookingPages.class);
    }

    /** A refusal of the services as a sentence of its own: "L'appel à pitchs est clos : …". */
    public String sentence(Text why) {
        String text = why.in(console.language());
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    /** The personal page these pages hang below. */
    public static String home(long eventId, String ref) {
        return PersonalSession.pagePath(eventId, ref);
    }

    /** Post/redirect/get: back to {@code path} with {@code ?done=}. */
    public static Response seeOther(String path, String done) {
        URI to = done == null ? URI.create(path) : UriBuilder.fromPath(path).queryParam("done", done).build();
        return Response.seeOther(to).build();
    }

    /** The one answer for no session, a wrong link or someone else's page, in the person's language. */
    public Response invalidLink() {
        BookingPages words = words();
        return Response.status(404).type(MediaType.TEXT_HTML).entity(console.localized(Templates.refused(
                console.frameWithoutAccount(words.refusedTitle()), words.invalidLink())).render()).build();
    }
}
