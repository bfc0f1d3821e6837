package fr.openmap.errorpage;

import fr.openmap.i18n.Language;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.Optional;

/**
 * What a person's browser gets instead of a JSON error: a short page in their language (French
 * unless they chose English), or for a console page without a session, the sign-in form. The API
 * ({@code /api}, {@code /q}) and clients that do not ask for HTML keep the JSON answer. Used by the
 * one error mapper of the service, so every failure is answered in one place.
 */
public final class ErrorPage {

    /** The console's sign-in form, where a browser without a session is sent. */
    static final String SIGN_IN = "/login";
    /** Where that form posts (Quarkus form authentication); its failures reach the error mapper too. */
    static final String SIGN_IN_CHECK = "/j_security_check";

    private ErrorPage() {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String lang, String title, String message, String homeLabel);
    }

    /** The answer for a browser, when the request comes from one; empty for the API and its clients. */
    public static Optional<Response> forBrowser(int status, UriInfo uri, HttpHeaders headers) {
        if (uri == null || headers == null || !wantsPage(uri.getPath(), headers)) {
            return Optional.empty();
        }
        if (status == 401) {
            // a refused password on the sign-in form comes back to it saying so; any other page asks to sign in
            boolean refusedSignIn = uri.getPath().endsWith(SIGN_IN_CHECK);
            return Optional.of(Response.seeOther(URI.create(refusedSignIn ? SIGN_IN + "?error=true" : SIGN_IN)).build());
        }
        Language language = language(headers);
        ErrorMessages words = language.messages(ErrorMessages.class);
        String title;
        String message;
        if (status == 404) {
            title = words.notFoundTitle();
            message = words.notFound();
        } else if (status == 403) {
            title = words.forbiddenTitle();
            message = words.forbidden();
        } else if (status >= 500) {
            title = words.failedTitle();
            message = words.failed();
        } else {
            title = words.refusedTitle();
            message = words.refused();
        }
        String html = Templates.page(language.code, title, message, words.home()).setLocale(language.locale).render();
        return Optional.of(Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build());
    }

    /** A browser asking for a page: HTML named in its Accept header, and not an address of the API. */
    static boolean wantsPage(String path, HttpHeaders headers) {
        String p = path == null ? "" : path;
        if (p.startsWith("/api") || p.startsWith("/q/")) {
            return false;
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    private static Language language(HttpHeaders headers) {
        Cookie chosen = headers.getCookies().get(Language.COOKIE);
        return Language.of(chosen == null ? null : chosen.getValue());
    }
}
