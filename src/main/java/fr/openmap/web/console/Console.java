package fr.openmap.web.console;

import fr.openmap.event.Event;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.validation.Problem;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The console's side of one request: the language the person chose (a cookie set by
 * {@link LanguageSwitch}, French by default), its words, and the {@link Frame} a page is shown in.
 */
@RequestScoped
public class Console {

    static final String LANGUAGE_COOKIE = Language.COOKIE;

    @Inject
    HttpServerRequest request;
    @Inject
    SecurityIdentity identity;

    public Language language() {
        Cookie cookie = request.getCookie(LANGUAGE_COOKIE);
        return Language.of(cookie == null ? null : cookie.getValue());
    }

    public ConsoleMessages words() {
        return words(language());
    }

    static ConsoleMessages words(Language language) {
        return language.messages(ConsoleMessages.class);
    }

    /** A refusal of the services (a 409, a 404) as the page says it, in the person's language. */
    public String refused(Text why) {
        return words().refused(why.in(language()));
    }

    /** The problems of a refused form next to their fields, in the person's language; see {@link FieldProblems}. */
    public FieldProblems problems(List<Problem> problems, String prefix, Predicate<String> formHas) {
        return FieldProblems.of(problems, prefix, formHas, language());
    }

    /** The signed-in organizer's user name, or null. */
    public String user() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The frame of a page that is about no event in particular. */
    public Frame frame(String title) {
        return new Frame(title, language().code, user(), switchHref(), null, List.of());
    }

    /**
     * The frame of a page for someone without an organizer account, whoever the session is: a committee member's
     * review pages, a participant's own pages (below {@code /p/}).
     */
    public Frame frameWithoutAccount(String title) {
        return new Frame(title, language().code, null, switchHref(), null, List.of());
    }

    /** The frame of one event's page, with its sections; {@code current} is the one shown. */
    public Frame frame(String title, Event event, ConsoleSection current) {
        ConsoleMessages words = words();
        List<Frame.NavLink> sections = Arrays.stream(ConsoleSection.values())
                .map(s -> new Frame.NavLink(s.label.apply(words), s.href(event.id), s == current)).toList();
        Frame.EventHeader header = new Frame.EventHeader(event.id, event.title,
                DateTimeFormats.fullDate(event.date, language()));
        return new Frame(title, language().code, user(), switchHref(), header, sections);
    }

    /** The template in the person's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(language().locale);
    }

    /** The link that switches to the other language and comes back to this very page. */
    private String switchHref() {
        String here = request.uri();
        String other = language().english() ? Language.FR.code : Language.EN.code;
        return LanguageSwitch.PATH + "/" + other + "?back=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }
}
