package fr.openmap.access;

import fr.openmap.i18n.Text;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an organizer's user name and password (HTTP Basic on the API, and the console's sign-in
 * form later), through the {@link SignInThrottle} of the client's address.
 */
@ApplicationScoped
public class OrganizerIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Attribute of the failure when the client must wait: the number of seconds. */
    public static final String RETRY_AFTER_SECONDS = "openmap.retry-after-seconds";

    @Inject
    OrganizerConfig organizer;
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
        if (!matches(request.getUsername(), new String(request.getPassword().getPassword()))) {
            throttle.failed(address);
            return Uni.createFrom().failure(SignInFailures.refused(SignInFailures.WRONG_CREDENTIALS));
        }
        throttle.succeeded(address);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(request.getUsername()))
                .addRole(Roles.ORGANIZER)
                .build());
    }

    private boolean matches(String user, String password) {
        byte[] given = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (organizer.user() + ":" + organizer.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }

    private static String clientAddress(UsernamePasswordAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (context == null || context.request().remoteAddress() == null) {
            return "unknown";
        }
        return context.request().remoteAddress().hostAddress();
    }
}
