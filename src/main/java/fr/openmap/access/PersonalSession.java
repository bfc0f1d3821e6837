package fr.openmap.access;

/**
 * How a participant stays signed in on their personal pages: the link in their emails carries
 * their token once ({@code ?token=}); the page then keeps it in an HttpOnly, SameSite=Lax cookie
 * limited to that participant's own pages and redirects to the same address without it, so the
 * token does not stay in the address bar, the history or a Referer header.
 */
public final class PersonalSession {

    public static final String COOKIE = "openmap-personal";
    public static final String TOKEN_PARAMETER = "token";
    static final String PAGES_PREFIX = "/p/";

    private PersonalSession() {
    }

    /** The personal page of one participant; the session cookie is limited to it and below. */
    public static String pagePath(long eventId, String ref) {
        return PAGES_PREFIX + eventId + "/" + ref;
    }

    /** The personal link that signs a participant in, at {@code publicUrl}, shown once when a token is issued. */
    public static String link(String publicUrl, long eventId, String ref, String token) {
        return PublicUrls.at(publicUrl, pagePath(eventId, ref) + "?" + TOKEN_PARAMETER + "=" + token);
    }

    static boolean isPersonalPage(String path) {
        return path != null && path.startsWith(PAGES_PREFIX);
    }
}
