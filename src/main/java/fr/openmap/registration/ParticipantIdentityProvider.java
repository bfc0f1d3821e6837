package fr.openmap.registration;

import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.access.SignInFailures;
import fr.openmap.i18n.Text;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * A participant's personal token (Bearer on the API, the link or the session cookie on their
 * pages) → the buyer or structure it belongs to, with the role of their kind.
 */
@ApplicationScoped
public class ParticipantIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final Text INVALID_TOKEN = Text.of("this access token is not valid",
            "ce jeton d'accès n'est pas valide");

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String hash = AccessTokens.hash(request.getToken().getToken());
        return context.runBlocking(() -> {
            ParticipantPrincipal principal = QuarkusTransaction.joiningExisting().call(() -> find(hash))
                    .orElseThrow(() -> SignInFailures.refused(INVALID_TOKEN));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(principal)
                    .addRole(principal.kind().role)
                    .build();
        });
    }

    private static Optional<ParticipantPrincipal> find(String tokenHash) {
        return Buyer.<Buyer>find("tokenHash", tokenHash).firstResultOptional()
                .map(b -> principal(ParticipantPrincipal.Kind.BUYER, b))
                .or(() -> Structure.<Structure>find("tokenHash", tokenHash).firstResultOptional()
                        .map(s -> principal(ParticipantPrincipal.Kind.STRUCTURE, s)));
    }

    private static ParticipantPrincipal principal(ParticipantPrincipal.Kind kind, Participant p) {
        return new ParticipantPrincipal(kind, p.id, p.event.id, p.ref);
    }
}
