package fr.openmap.web.personal;

import fr.openmap.access.Caller;
import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.access.PersonalSession;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.validation.NotFoundException;
import fr.openmap.registration.Buyer;
import fr.openmap.web.console.EventPaths;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.Arrays;
import java.util.List;

/**
 * What the pages of a personal space share for one request: whose space it is (only their own session opens it),
 * the language (theirs, or {@code ?lang=}), its words, the frame with the space's navigation, and the refusal page.
 */
@RequestScoped
public class PersonalSpace {

    static final String LANG = "lang";
    private static final Text NOT_YOURS = Text.of("not your page", "cette page n'est pas la vôtre");

    @Inject
    Caller caller;
    @Inject
    RegistrationService registrations;
    @Inject
    HttpServerRequest request;

    private Participant me;
    private Language language;
    private String askedInForm;
    private boolean readOnly;

    /**
     * The participant whose space {@code /p/{eventId}/{ref}} is, if the caller is that participant; anything else
     * (no session, another participant's page) "does not exist" for them.
     */
    public Participant me(long eventId, String ref) {
        ParticipantPrincipal principal = caller.principal().orElseThrow(() -> new NotFoundException(NOT_YOURS));
        if (principal.eventId() != eventId || !principal.ref().equals(ref)) {
            throw new NotFoundException(NOT_YOURS);
        }
        me = registrations.calling().orElseThrow(() -> new NotFoundException(NOT_YOURS));
        return me;
    }

    /**
     * The space of {@code ref} opened by an organizer, read-only, without the participant's token (the console's
     * "voir comme"): the caller's right to do so is the page's {@code @RolesAllowed}.
     */
    public Participant asOrganizer(long eventId, String ref) {
        me = registrations.findParticipant(eventId, ref);
        readOnly = true;
        return me;
    }

    /** Whose space this request shows, once {@link #me} or {@link #asOrganizer} said it (for the pages' fragments). */
    public Participant participant() {
        return me;
    }

    /**
     * Whether an organizer looks at the space: nothing on the page changes anything; its links stay inside the
     * read-only view (below {@code /console/events/{id}/as/{ref}}).
     */
    public boolean readOnly() {
        return readOnly;
    }

    /** {@code ?lang=} (or the form's {@code lang} field) when given, else the participant's language. */
    public Language language() {
        if (language == null) {
            String asked = asked();
            language = asked != null ? Language.of(asked) : Language.of(me == null ? null : me.language);
        }
        return language;
    }

    /** Once the language is known from elsewhere (a form's field). */
    public void language(String code) {
        if (code != null && !code.isBlank()) {
            askedInForm = Language.of(code).code;
            language = null;
        }
    }

    /** The language asked for this page, in its address or its form; null: the participant's own. */
    private String asked() {
        if (askedInForm != null) {
            return askedInForm;
        }
        String asked = request.getParam(LANG);
        return asked == null || asked.isBlank() ? null : Language.of(asked).code;
    }

    public PersonalMessages words() {
        return language().messages(PersonalMessages.class);
    }

    /** A refusal of the services in this page's language, as one sentence: "Les réponses … sont closes …." */
    public String sentence(Text why) {
        String said = why.in(language());
        return said.isEmpty() ? said : Character.toUpperCase(said.charAt(0)) + said.substring(1) + (said.endsWith(".") ? "" : ".");
    }

    /** The frame of one page of the space; {@code current} is the one shown. */
    public PersonalFrame frame(String title, PersonalSection current) {
        PersonalMessages words = words();
        List<Frame.NavLink> nav = Arrays.stream(PersonalSection.values()).filter(s -> s.shownTo.test(me))
                .map(s -> new Frame.NavLink(s.label.apply(words, me), path(s.path), s == current)).toList();
        Language other = language().english() ? Language.FR : Language.EN;
        // a page shown after a form (a refusal, say) sits at an address that answers POST only: its switch leads to
        // the section's own page in the other language rather than to a 405
        String switchHref = (request.method() == HttpMethod.GET
                ? UriBuilder.fromUri(request.uri()) : UriBuilder.fromUri(PersonalSession.pagePath(me.event.id, me.ref) + current.path))
                .replaceQueryParam(LANG, other.code).build().toString();
        String back = EventPaths.event(me.event.id) + (me instanceof Buyer ? "/buyers" : "/structures");
        return new PersonalFrame(title, language().code, switchHref, other.code, me.displayName(), me.event.title,
                DateTimeFormats.fullDate(me.event.date, language()), nav,
                readOnly ? words.readOnlyBanner(me.displayName()) : null, readOnly ? back : null,
                readOnly ? words.backToConsole() : null);
    }

    /**
     * A path of this space ({@code "/profile"}), keeping the language asked in the address when it is not the
     * participant's own: every form posts the page's language, and carrying {@code ?lang=fr} for a French
     * participant after each answer changed every link of the navigation for nothing.
     */
    public String path(String below) {
        // the organizer's read-only view has its own addresses: the participant's need their session
        String base = readOnly ? EventPaths.event(me.event.id) + "/as/" + me.ref : PersonalSession.pagePath(me.event.id, me.ref);
        UriBuilder path = UriBuilder.fromPath(base + below);
        String asked = asked();
        if (asked != null && !asked.equals(Language.of(me.language).code)) {
            path.queryParam(LANG, asked);
        }
        return path.build().toString();
    }

    /** Post/redirect/get: to {@code below} in this space, with {@code done} saying what the page should say happened. */
    public Response seeOther(String below, String done) {
        UriBuilder back = UriBuilder.fromUri(path(below));
        if (done != null) {
            back.queryParam("done", done);
        }
        return Response.seeOther(back.build()).build();
    }

    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(language().locale);
    }

    /** The one answer to anything wrong (no session, a wrong or renewed link, another participant's page). */
    public Response invalidLink() {
        Language lang = Language.of(asked());
        return Response.status(404).type(MediaType.TEXT_HTML)
                .entity(PersonalPage.Templates.refused(lang.messages(PersonalMessages.class).invalidLink())
                        .setLocale(lang.locale).render()).build();
    }
}
