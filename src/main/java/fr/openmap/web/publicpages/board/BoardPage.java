package fr.openmap.web.publicpages.board;

import fr.openmap.agenda.LiveBoard;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.web.console.Console;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.util.List;

/**
 * The live board, for a screen at the venue, no sign-in: the slot under way and who meets whom at each table,
 * then the next slot; htmx re-reads {@code /now} every 20 seconds (no script of our own: the CSP forbids inline ones).
 */
@Path("/e/{slug}/board")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class BoardPage {

    @Inject
    Console console;
    @Inject
    LiveBoard board;
    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String lang, String slug, View view);

        /** The part that refreshes itself. */
        static native TemplateInstance page$live(String slug, View view);
    }

    /** A round as the screen shows it, its times in words. */
    public record RoundView(String start, String end, List<LiveBoard.Pairing> pairings) {
    }

    /** The board as the screen shows it. */
    public record View(String title, String status, String currentHeading, RoundView current, String nextHeading,
                       RoundView next, String updatedAt) {
    }

    @GET
    public TemplateInstance show(@PathParam("slug") String slug) {
        return console.localized(Templates.page(console.language().code, slug, view(slug)));
    }

    @GET
    @Path("now")
    public TemplateInstance now(@PathParam("slug") String slug) {
        return console.localized(Templates.page$live(slug, view(slug)));
    }

    private View view(String slug) {
        Language language = console.language();
        BoardMessages words = language.messages(BoardMessages.class);
        LiveBoard.Board b = board.at(slug, clock.instant());
        RoundView current = round(b.current(), language);
        RoundView next = round(b.next(), language);
        String status = switch (b.phase()) {
            case NOTHING_PUBLISHED -> words.nothingPublished();
            case BEFORE -> words.startsAt(next.start());
            case AFTER -> words.over();
            case DURING -> current == null ? words.changeover(next.start()) : null;
        };
        String currentHeading = current == null ? null : words.now(current.end());
        String nextHeading = next == null ? (current == null ? null : words.lastSlot()) : words.next(next.start());
        return new View(b.title(), status, currentHeading, current, nextHeading, next,
                words.updatedAt(DateTimeFormats.shortTime(b.localTime(), language)));
    }

    private static RoundView round(LiveBoard.Round r, Language language) {
        return r == null ? null : new RoundView(DateTimeFormats.shortTime(r.start(), language),
                DateTimeFormats.shortTime(r.end(), language), r.pairings());
    }
}
