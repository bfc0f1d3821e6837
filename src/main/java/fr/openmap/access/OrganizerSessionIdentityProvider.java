package fr.openmap.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rebuilds a signed-in organizer's identity from the console's session cookie (Quarkus form
 * authentication hands over the user name it decrypted). Without this provider every request after
 * signing in failed. An account removed since is signed out at its next request.
 */
@ApplicationScoped
public class OrganizerSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    OrganizerAccounts accounts;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            if (!QuarkusTransaction.joiningExisting().call(() -> accounts.exists(request.getPrincipal()))) {
                throw new AuthenticationFailedException("this organizer account no longer exists");
            }
            return OrganizerIdentityProvider.organizer(request.getPrincipal());
        });
    }
}
