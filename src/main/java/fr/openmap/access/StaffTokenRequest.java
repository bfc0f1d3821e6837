package fr.openmap.access;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The welcome desk's token, from its link or its day-page cookie, for the day pages of {@code eventId} only. */
public class StaffTokenRequest extends BaseAuthenticationRequest {

    private final String token;
    private final long eventId;

    public StaffTokenRequest(String token, long eventId) {
        this.token = token;
        this.eventId = eventId;
    }

    public String token() {
        return token;
    }

    /** The event of the page asked for: a link of another event does not open it. */
    public long eventId() {
        return eventId;
    }
}
