package fr.openmap.access;

import fr.openmap.i18n.Text;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an organizer's user name and password against the {@link OrganizerAccounts} (HTTP Basic on
 * the API, and the console's sign-in form), through the {@link SignInThrottle} of the client's
 * address: {@code j_security_check} is no REST method, so the limit lives here for both.
 */
@ApplicationScoped
public class OrganizerIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Attribute of the failure when the client must wait: the number of seconds. */
    public static final String RETRY_AFTER_SECONDS = "openmap.retry-after-seconds";

    @Inject
    OrganizerAccounts accounts;
    @Inject
    SignInThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String address = clientAddress(request);
        Optional<Duration> wait = throttle.waitFor(address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Uni.createFrom().failure(SignInFailures.refused(Text.of(
                    "too many failed sign-ins from your address: try again in " + seconds + " s",
                    "trop de connexions échouées depuis votre adresse : réessayez dans " + seconds + " s"),
                    Map.of(RETRY_AFTER_SECONDS, seconds)));
        }
        String password = new String(request.getPassword().getPassword());
        // bcrypt and the database: off the event loop
        return context.runBlocking(() -> {
            Optional<String> user = QuarkusTransaction.joiningExisting()
                    .call(() -> accounts.check(request.getUsername(), password));
            if (user.isEmpty()) {
                throttle.failed(address);
                throw SignInFailures.refused(SignInFailures.WRONG_CREDENTIALS);
            }
            throttle.succeeded(address);
            return organizer(user.get());
        });
    }

    /** The identity of a signed-in organizer. */
    static SecurityIdentity organizer(String username) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(Roles.ORGANIZER)
                .build();
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (context == null || context.request().remoteAddress() == null) {
            return "unknown";
        }
        return context.request().remoteAddress().hostAddress();
    }
}
