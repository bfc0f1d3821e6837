package fr.openmap.web.publicpages;

import fr.openmap.signup.PublicEvent;
import fr.openmap.signup.Signups;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.EventFormPage;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * An event's public page, for anybody, no sign-in: what the matinale is, its programme, what one can do
 * and until when (register as a buyer or a structure, apply to pitch), and whom to write to.
 */
@Path("/e/{slug}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PublicEventPage {

    @Inject
    Console console;
    @Inject
    Signups signups;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, PublicEvent e, List<Item> items);

        /** A short page with one sentence: a refusal (closed, full, too many requests) and the way back. */
        static native TemplateInstance refused(Frame frame, String refusal, String slug);
    }

    /** One programme item as the page shows it, its kind in words. */
    public record Item(String start, String end, String title, String kind) {
    }

    @GET
    public TemplateInstance show(@PathParam("slug") String slug) {
        PublicEvent event = signups.publicEvent(slug);
        var words = console.words();
        List<Item> items = event.programme().stream().map(p -> new Item(
                fr.openmap.i18n.DateTimeFormats.shortTime(p.start(), console.language()),
                fr.openmap.i18n.DateTimeFormats.shortTime(p.end(), console.language()),
                p.title(), EventFormPage.kindLabel(p.kind(), words))).toList();
        return console.localized(Templates.page(console.frame(event.title()), event, items));
    }
}
