package fr.openmap.access;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the welcome desk stays signed in with the link the organizer created (role {@link Roles#STAFF}): the link
 * carries the token once ({@code ?staff=}); the day page keeps it in an HttpOnly cookie limited to that event's
 * day pages and redirects to the same address without it.
 */
public final class StaffSession {

    public static final String COOKIE = "openmap-staff";
    public static final String TOKEN_PARAMETER = "staff";
    private static final Pattern DAY_PAGES = Pattern.compile("^/console/events/(\\d+)/day(/.*)?$");

    private StaffSession() {
    }

    /** The day pages of one event; the session cookie is limited to them. */
    public static String pagePath(long eventId) {
        return "/console/events/" + eventId + "/day";
    }

    /** The welcome desk's link at {@code publicUrl}. */
    public static String link(String publicUrl, long eventId, String token) {
        return PublicUrls.at(publicUrl, pagePath(eventId) + "?" + TOKEN_PARAMETER + "=" + token);
    }

    /** The event whose day pages this path is, if it is one. */
    static OptionalLong dayPageEvent(String path) {
        Matcher m = path == null ? null : DAY_PAGES.matcher(path);
        return m != null && m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
