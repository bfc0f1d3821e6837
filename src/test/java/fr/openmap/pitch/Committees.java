package fr.openmap.pitch;

import fr.openmap.access.ReviewSession;
import fr.openmap.registration.AccessTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Test helpers for the pitch committee: an event with applications, members added on the console page, their sessions. */
public final class Committees {

    private Committees() {
    }

    /** The example event without pitch statuses, an open call, and applications from these structures. */
    public static long eventWithApplications(List<String> refs) {
        long eventId = PitchApi.importEventWithoutPitches().jsonPath().getLong("id");
        PitchApi.openCall(eventId, Map.of());
        refs.forEach(ref -> PitchApi.apply(eventId, ref));
        return eventId;
    }

    /** A CSRF token the service accepts, with the cookie it goes with. */
    public static String csrf() {
        return organizer().get("/console").getCookie("csrf-token");
    }

    /** A form post on the console as the organizer (HTTP Basic), with the CSRF token. */
    public static Response consolePost(String path, Map<String, ?> form) {
        String csrf = csrf();
        return given().auth().preemptive().basic("organizer", "test-secret").redirects().follow(false)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParams(form).post(path);
    }

    /** Adds a member on the console page; returns their id. */
    public static long addMember(long eventId, String name, String email) {
        Response added = consolePost("/console/events/" + eventId + "/pitch/reviewers",
                Map.of("name", name, "email", email, "language", "fr"));
        assertEquals(303, added.statusCode(), added.asString());
        return memberId(eventId, name);
    }

    public static long memberId(long eventId, String name) {
        return QuarkusTransaction.requiringNew().call(() -> PitchReviewer.<PitchReviewer>find("event.id = ?1 and name = ?2",
                eventId, name).firstResult().id);
    }

    /** The member's current review token, as their email would carry it. */
    public static String token(long memberId) {
        AccessTokens tokens = Arc.container().instance(AccessTokens.class).get();
        return QuarkusTransaction.requiringNew().call(() ->
                tokens.tokenFor(PitchReviewer.<PitchReviewer>findById(memberId).tokenSalt));
    }

    /** Opens the member's link once and returns the session cookie the page set. */
    public static String session(long eventId, long memberId) {
        Response opened = given().redirects().follow(false)
                .get(ReviewSession.pagePath(eventId, memberId) + "?token=" + token(memberId));
        assertEquals(303, opened.statusCode(), opened.asString());
        return opened.getCookie(ReviewSession.COOKIE);
    }

    /** A request on the review pages with this session (and a CSRF token for forms). */
    public static RequestSpecification asMember(String session) {
        String csrf = csrf();
        return given().redirects().follow(false).accept("text/html").cookie(ReviewSession.COOKIE, session)
                .cookie("csrf-token", csrf).formParam("csrf-token", csrf);
    }

    /** A member scores an application on their review page with the same score for every criterion. */
    public static Response score(long eventId, long memberId, String session, String ref, int score) {
        RequestSpecification request = asMember(session);
        PitchApi.CRITERIA.forEach(c -> request.formParam("scores." + c, String.valueOf(score)));
        return request.formParam("comment", "Note " + score)
                .post(ReviewSession.pagePath(eventId, memberId) + "/applications/" + ref);
    }
}
