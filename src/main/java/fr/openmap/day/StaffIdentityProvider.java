package fr.openmap.day;

import fr.openmap.access.Roles;
import fr.openmap.access.SignInFailures;
import fr.openmap.access.StaffPrincipal;
import fr.openmap.access.StaffTokenRequest;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The welcome desk's token (its link, then its day-page cookie) → the desk of that event, with the staff role. */
@ApplicationScoped
public class StaffIdentityProvider implements IdentityProvider<StaffTokenRequest> {

    @Inject
    StaffLinks links;

    @Override
    public Class<StaffTokenRequest> getRequestType() {
        return StaffTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(StaffTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            // the link of another event does not open this one's pages
            if (!links.opens(request.token(), request.eventId())) {
                throw SignInFailures.refused(StaffLinks.INVALID_LINK);
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new StaffPrincipal(request.eventId()))
                    .addRole(Roles.STAFF).build();
        });
    }
}
