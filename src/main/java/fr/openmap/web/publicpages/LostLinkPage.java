package fr.openmap.web.publicpages;

import fr.openmap.access.PublicFormThrottle;
import fr.openmap.signup.Signups;
import fr.openmap.validation.Problems;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Optional;
import java.util.Set;

/**
 * The lost link: an email address in, always the same answer page; the personal link goes by email to
 * whoever is registered for the event with that address. Throttled per client address and per email address.
 */
@Path("/e/{slug}/lost-link")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LostLinkPage {

    @Inject
    Console console;
    @Inject
    PublicPages pages;
    @Inject
    Signups signups;
    @Inject
    PublicFormThrottle throttle;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Frame frame, String slug, String email, FieldProblems problems);

        static native TemplateInstance sent(Frame frame, String slug);
    }

    @GET
    public TemplateInstance blank(@PathParam("slug") String slug) {
        signups.publicEvent(slug); // an unknown event is a 404 here already
        return form(slug, "", FieldProblems.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@PathParam("slug") String slug, @RestForm String email) {
        Optional<Response> throttled = pages.throttled();
        if (throttled.isPresent()) {
            return throttled.get();
        }
        signups.publicEvent(slug);
        Problems problems = new Problems();
        String address = problems.email("email", email);
        if (!problems.isEmpty()) {
            return Response.status(422).entity(form(slug, email, console.problems(problems.list(), "", Set.of("email")::contains))).build();
        }
        if (throttle.mayMailLink(address)) {
            signups.lostLink(slug, address);
        }
        return PublicPages.seeOther(PublicPages.eventPath(slug) + "/lost-link/sent");
    }

    @GET
    @Path("/sent")
    public TemplateInstance sent(@PathParam("slug") String slug) {
        signups.publicEvent(slug);
        return console.localized(Templates.sent(console.frame(pages.words().sentTitle()), slug));
    }

    private TemplateInstance form(String slug, String email, FieldProblems problems) {
        return console.localized(Templates.form(console.frame(pages.words().lostLinkTitle()), slug, email, problems));
    }
}
