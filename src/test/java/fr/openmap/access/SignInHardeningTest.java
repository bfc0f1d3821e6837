package fr.openmap.access;

import fr.openmap.TestEvents;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Clock;
import java.time.Duration;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password guessing is slowed down, and another site cannot make a browser change anything here. */
@QuarkusTest
class SignInHardeningTest {

    @Inject
    SignInThrottle throttle;
    @TestHTTPResource("/")
    URL root;

    long eventId;
    String tokenB01;

    @BeforeEach
    void importExample() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
        tokenB01 = TestEvents.tokenOf(imported, "B01");
    }

    @AfterEach
    void forgetFailures() {
        throttle.clock = Clock.systemUTC();
        throttle.succeeded("127.0.0.1");
        throttle.succeeded("0:0:0:0:0:0:0:1");
    }

    @Test
    void afterFiveWrongPasswordsInAMinuteEvenTheRightOneWaitsWith429() {
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("organizer", "guess-" + i).get("/api/events").then().statusCode(401)
                    .body("error", equalTo("wrong user name or password"));
        }
        Response refused = organizer().get("/api/events");
        refused.then().statusCode(429).body("error", org.hamcrest.Matchers.startsWith("too many failed sign-ins"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // participants' tokens are not affected
        participant(tokenB01).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(200);

        // a minute later the organizer signs in again
        throttle.clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(61));
        organizer().get("/api/events").then().statusCode(200);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheOrganizerOut() {
        for (int i = 0; i < 4; i++) {
            given().auth().preemptive().basic("organizer", "typo-" + i).get("/api/events").then().statusCode(401);
        }
        organizer().get("/api/events").then().statusCode(200);
    }

    @Test
    void aStateChangeFromAnotherSiteIsRefusedAndChangesNothing() {
        organizer().header("Origin", "https://attacker.example")
                .post("/api/events/" + eventId + "/buyers/B01/token").then().statusCode(403)
                .body("error", equalTo("this request comes from another site: it was refused"));
        organizer().header("Sec-Fetch-Site", "cross-site")
                .post("/api/events/" + eventId + "/buyers/B01/token").then().statusCode(403);
        organizer().header("Origin", "null").delete("/api/events/" + eventId + "/structures/S07").then().statusCode(403);
        // nothing happened: B01's token still works, S07 is still there
        participant(tokenB01).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(200);
        organizer().get("/api/events/" + eventId + "/structures/S07").then().statusCode(200);
    }

    @Test
    void theSameSiteCurlAndReadsFromElsewhereStillWork() {
        String origin = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
        organizer().header("Origin", origin).header("Sec-Fetch-Site", "same-origin")
                .post("/api/events/" + eventId + "/buyers/B02/token").then().statusCode(200);
        organizer().post("/api/events/" + eventId + "/buyers/B03/token").then().statusCode(200);
        organizer().header("Origin", "https://attacker.example").header("Sec-Fetch-Site", "cross-site")
                .get("/api/events/" + eventId).then().statusCode(200);
    }

    @Test
    void apiAnswersAreNeitherCachedNorFramed() {
        participant(tokenB01).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }
}
