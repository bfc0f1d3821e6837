package fr.openmap.access;

/**
 * How a committee member stays signed in on their review pages, like {@link PersonalSession} for participants:
 * the link in their email carries the token once ({@code ?token=}); the page keeps it in an HttpOnly cookie
 * limited to that member's pages and redirects to the same address without it.
 */
public final class ReviewSession {

    public static final String COOKIE = "openmap-review";
    public static final String TOKEN_PARAMETER = "token";
    static final String PAGES_PREFIX = "/review/";

    private ReviewSession() {
    }

    /** The review page of one committee member; the session cookie is limited to it and below. */
    public static String pagePath(long eventId, long reviewerId) {
        return PAGES_PREFIX + eventId + "/" + reviewerId;
    }

    /** The personal review link at {@code publicUrl}. */
    public static String link(String publicUrl, long eventId, long reviewerId, String token) {
        return PublicUrls.at(publicUrl, pagePath(eventId, reviewerId) + "?" + TOKEN_PARAMETER + "=" + token);
    }

    static boolean isReviewPage(String path) {
        return path != null && path.startsWith(PAGES_PREFIX);
    }
}
