package fr.openmap.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A committee member's review token, from their link or their review-page cookie (never a participant's token). */
public class ReviewerTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ReviewerTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
