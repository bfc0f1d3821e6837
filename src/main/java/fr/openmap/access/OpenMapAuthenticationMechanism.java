package fr.openmap.access;

import fr.openmap.i18n.Text;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The API's and personal pages' way callers prove who they are. The organizer: HTTP Basic (in the
 * console, Quarkus form authentication and its session cookie, beside this mechanism). A participant: their
 * personal token as {@code Authorization: Bearer …}, or on their personal pages the link's
 * {@code ?token=} (GET only) and then the {@link PersonalSession} cookie; a pitch committee member likewise on
 * their review pages ({@link ReviewSession}), and the welcome desk on an event's day pages ({@link StaffSession}).
 * Without any of these the
 * caller is anonymous, and endpoints that need a role answer 401.
 */
@ApplicationScoped
public class OpenMapAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "Basic realm=\"OpenMap Rencontres\"";
    /** Where the console's sign-in form posts (Quarkus form authentication). */
    static final String CONSOLE_SIGN_IN = "/j_security_check";
    /** The console's session cookie ({@code quarkus.http.auth.form.cookie-name}). */
    static final String CONSOLE_SESSION_COOKIE = "openmap-console";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        AuthenticationRequest request;
        try {
            request = credentials(context);
        } catch (AuthenticationFailedException e) {
            return Uni.createFrom().failure(e);
        }
        if (request == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request);
    }

    private static AuthenticationRequest credentials(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return basic(header.substring(6).trim());
            }
            if (header.regionMatches(true, 0, "Bearer ", 0, 7) && !header.substring(7).isBlank()) {
                return token(header.substring(7).trim());
            }
            throw SignInFailures.refused(Text.of("unsupported credentials: use HTTP Basic or a Bearer token",
                    "identifiants non pris en charge : utilisez HTTP Basic ou un jeton Bearer"));
        }
        java.util.OptionalLong dayOf = StaffSession.dayPageEvent(context.normalizedPath());
        if (dayOf.isPresent()) {
            // the day pages are the organizer's too: a signed-in organizer is not turned away by a desk cookie
            // left in the same browser (an old, maybe revoked link); a desk link opened on purpose still counts
            boolean linkOpened = context.request().method() == HttpMethod.GET
                    && context.request().getParam(StaffSession.TOKEN_PARAMETER) != null;
            if (!linkOpened && context.request().getCookie(CONSOLE_SESSION_COOKIE) != null) {
                return null;
            }
            String token = linkOrSession(context, StaffSession.TOKEN_PARAMETER, StaffSession.COOKIE);
            return token == null ? null : new StaffTokenRequest(token, dayOf.getAsLong());
        }
        if (ReviewSession.isReviewPage(context.normalizedPath())) {
            String token = linkOrSession(context, ReviewSession.TOKEN_PARAMETER, ReviewSession.COOKIE);
            return token == null ? null : new ReviewerTokenRequest(token);
        }
        if (PersonalSession.isPersonalPage(context.normalizedPath())) {
            String token = linkOrSession(context, PersonalSession.TOKEN_PARAMETER, PersonalSession.COOKIE);
            return token == null ? null : token(token);
        }
        return null;
    }

    /**
     * The token a link carries once ({@code ?parameter=}, GET only), else the session cookie the page set after it;
     * null when neither is there.
     */
    private static String linkOrSession(RoutingContext context, String parameter, String cookie) {
        String linkToken = context.request().method() == HttpMethod.GET ? context.request().getParam(parameter) : null;
        if (linkToken != null && !linkToken.isBlank()) {
            return linkToken.trim();
        }
        Cookie session = context.request().getCookie(cookie);
        return session != null && !session.getValue().isBlank() ? session.getValue() : null;
    }

    private static AuthenticationRequest basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SignInFailures.refused(SignInFailures.WRONG_CREDENTIALS);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw SignInFailures.refused(SignInFailures.WRONG_CREDENTIALS);
        }
        return new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
    }

    private static AuthenticationRequest token(String token) {
        return new TokenAuthenticationRequest(new TokenCredential(token, "personal"));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.normalizedPath().endsWith(CONSOLE_SIGN_IN)) {
            // the console's sign-in form: Quarkus form authentication answers (back to the form, with the error)
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(401, HttpHeaders.WWW_AUTHENTICATE, REALM));
    }

    /**
     * Before the console's form authentication (same default priority, so otherwise in no set order): on a personal or
     * review page the participant's or member's own session counts, even in a browser where an organizer is signed in.
     * Elsewhere this mechanism finds nothing and the form's session is read.
     */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class, ReviewerTokenRequest.class,
                StaffTokenRequest.class);
    }
}
