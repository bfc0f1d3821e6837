package fr.openmap.web.console;

import fr.openmap.access.Roles;
import fr.openmap.access.SignInThrottle;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The organizer's sign-in form. It posts to Quarkus form authentication ({@code j_security_check}),
 * which checks the password through {@code OrganizerIdentityProvider} and comes back here with
 * {@code ?error=true} when it is refused: wrong password, or too many failures from this address.
 */
@Path(EventPaths.LOGIN)
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class LoginPage {

    @Inject
    Console console;
    @Inject
    SecurityIdentity identity;
    @Inject
    SignInThrottle throttle;
    @Inject
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, String error, String notice);
    }

    @GET
    public Response show(@QueryParam("error") boolean error, @QueryParam("signedOut") boolean signedOut) {
        if (identity.hasRole(Roles.ORGANIZER)) {
            return Response.seeOther(URI.create(EventPaths.CONSOLE)).build();
        }
        ConsoleMessages words = console.words();
        String message = null;
        if (error) {
            Optional<Duration> wait = throttle.waitFor(address());
            message = wait.map(w -> words.loginThrottled(Math.max(1, (w.toMillis() + 999) / 1000)))
                    .orElse(words.loginWrong());
        }
        return Response.ok(console.localized(Templates.page(console.frame(words.loginTitle()), message,
                signedOut ? words.signedOut() : null))).build();
    }

    private String address() {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
