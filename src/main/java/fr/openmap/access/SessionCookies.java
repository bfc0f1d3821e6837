package fr.openmap.access;

import jakarta.ws.rs.core.NewCookie;

import java.net.URI;

/**
 * The cookie a personal, review or desk link leaves once opened: the token, HttpOnly, SameSite=Lax (the link comes
 * from an email or another site), limited to the pages it opens, Secure when the page was reached over HTTPS.
 */
public final class SessionCookies {

    private SessionCookies() {
    }

    public static NewCookie of(String name, String token, String path, URI requested) {
        return new NewCookie.Builder(name)
                .value(token)
                .path(path)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .secure("https".equalsIgnoreCase(requested.getScheme()))
                .build();
    }
}
