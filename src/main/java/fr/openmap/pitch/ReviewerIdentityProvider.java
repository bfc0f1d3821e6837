package fr.openmap.pitch;

import fr.openmap.access.ReviewerPrincipal;
import fr.openmap.access.ReviewerTokenRequest;
import fr.openmap.access.Roles;
import fr.openmap.access.SignInFailures;
import fr.openmap.registration.AccessTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A committee member's review token (their link, then their review-page cookie) → that member, with the reviewer role. */
@ApplicationScoped
public class ReviewerIdentityProvider implements IdentityProvider<ReviewerTokenRequest> {

    @Override
    public Class<ReviewerTokenRequest> getRequestType() {
        return ReviewerTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ReviewerTokenRequest request, AuthenticationRequestContext context) {
        String hash = AccessTokens.hash(request.token());
        return context.runBlocking(() -> {
            ReviewerPrincipal principal = QuarkusTransaction.joiningExisting().call(() ->
                    PitchReviewer.<PitchReviewer>find("tokenHash", hash).firstResultOptional()
                            .map(r -> new ReviewerPrincipal(r.id, r.event.id)))
                    .orElseThrow(() -> SignInFailures.refused(PitchCommitteeService.INVALID_LINK));
            return QuarkusSecurityIdentity.builder().setPrincipal(principal).addRole(Roles.REVIEWER).build();
        });
    }
}
