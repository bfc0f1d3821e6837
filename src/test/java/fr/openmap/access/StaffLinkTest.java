package fr.openmap.access;

import fr.openmap.TestEvents;
import fr.openmap.day.CheckInCodes;
import fr.openmap.day.StaffLinks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The welcome desk's link opens the day pages of its event and nothing else: not the rest of the console, not the
 * organizer's actions on the day page, not another event's day pages, not the API; revoked or replaced, nothing.
 */
@QuarkusTest
class StaffLinkTest {

    @Inject
    StaffLinks links;
    @Inject
    CheckInCodes codes;

    @Test
    void theDeskLinkOpensTheDayPagesOfItsEventOnly() {
        long eventId = TestEvents.importExample();
        long otherEventId = TestEvents.importExample();
        String url = links.create(eventId).url();
        String token = url.substring(url.indexOf("?staff=") + 7);
        String day = "/console/events/" + eventId + "/day";

        // the link sets a cookie limited to the day pages and takes the token out of the address
        Response opened = given().redirects().follow(false).get(day + "?staff=" + token);
        assertEquals(303, opened.statusCode());
        assertTrue(opened.header("Location").endsWith(day), opened.header("Location"));
        String setCookie = opened.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(StaffSession.COOKIE + "=")).findFirst().orElse("none");
        assertTrue(setCookie.startsWith(StaffSession.COOKIE + "=" + token), setCookie);
        assertTrue(setCookie.contains("Path=" + day) && setCookie.contains("HttpOnly"), setCookie);

        String page = desk(token).get(day).then().statusCode(200).extract().asString();
        assertTrue(page.contains("Accueil le jour J"), "the day page");
        assertFalse(page.contains("id=\"staff-link\""), "the desk does not manage its own link");
        assertFalse(page.contains("/console/events/" + eventId + "/buyers"), "no console navigation for the desk");
        desk(token).get(day + "/check-in/" + codes.codeOf(eventId, "B01")).then().statusCode(200);
        desk(token).get(day + "/counts").then().statusCode(200);

        // the organizer's actions, the rest of the console, another event, the API: refused
        for (String organizerOnly : List.of(day + "/staff-link", day + "/staff-link/revoke")) {
            assertEquals(403, desk(token).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                    .post(organizerOnly).statusCode(), organizerOnly);
        }
        for (String elsewhere : List.of("/console/events/" + eventId, "/console/events/" + eventId + "/buyers",
                "/console/events/" + eventId + "/print", "/console")) {
            int status = desk(token).accept("*/*").get(elsewhere).statusCode();
            assertEquals(401, status, elsewhere);
        }
        Response other = desk(token).get("/console/events/" + otherEventId + "/day");
        assertEquals(404, other.statusCode());
        assertTrue(other.asString().contains("Ce lien d&#39;accueil n&#39;est pas valide"), other.asString());
        assertEquals(401, given().header("Authorization", "Bearer " + token).get("/api/events/" + eventId).statusCode());
        assertEquals(401, given().header("Authorization", "Bearer " + token).get("/api/events/" + eventId + "/buyers").statusCode());

        // replaced, then revoked: the old link opens nothing
        String replaced = links.create(eventId).url();
        String newToken = replaced.substring(replaced.indexOf("?staff=") + 7);
        assertEquals(404, desk(token).get(day).statusCode());
        desk(newToken).get(day).then().statusCode(200);
        links.revoke(eventId);
        assertEquals(404, desk(newToken).get(day).statusCode());
        assertEquals(404, given().redirects().follow(false).get(day + "?staff=" + newToken).statusCode());
    }

    private static io.restassured.specification.RequestSpecification desk(String token) {
        return given().redirects().follow(false).accept("text/html").cookie(StaffSession.COOKIE, token);
    }
}
