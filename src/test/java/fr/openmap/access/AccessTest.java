package fr.openmap.access;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyIterable;

@QuarkusTest
class AccessTest {

    long eventId;
    String tokenB01;
    String tokenB02;
    String tokenS07;

    @BeforeEach
    void importExample() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
        tokenB01 = TestEvents.tokenOf(imported, "B01");
        tokenB02 = TestEvents.tokenOf(imported, "B02");
        tokenS07 = TestEvents.tokenOf(imported, "S07");
    }

    @Test
    void everythingUnderApiNeedsCredentials() {
        given().get("/api/events").then().statusCode(401).header("WWW-Authenticate", equalTo("Basic realm=\"OpenMap Rencontres\""));
        given().get("/api/events/" + eventId + "/buyers/B01").then().statusCode(401);
        given().auth().preemptive().basic("organizer", "wrong").get("/api/events").then().statusCode(401)
                .body("error", equalTo("wrong user name or password"));
        participant("not-a-real-token").get("/api/events/" + eventId + "/buyers/B01").then().statusCode(401)
                .body("error", equalTo("this access token is not valid"));
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", not(emptyIterable()));
    }

    @Test
    void aParticipantReadsAndChangesOnlyTheirOwnRecord() {
        participant(tokenB01).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(200)
                .body("organization", equalTo("Région Île-de-France"));
        // another buyer is told B01 does not exist, exactly as for an unknown ref; a structure may not read buyers
        participant(tokenB02).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(404)
                .body("error", equalTo("no buyer 'B01' in event " + eventId));
        participant(tokenB02).get("/api/events/" + eventId + "/buyers/B99").then().statusCode(404)
                .body("error", equalTo("no buyer 'B99' in event " + eventId));
        participant(tokenS07).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(403);

        Map<String, Object> changed = participant(tokenB01).get("/api/events/" + eventId + "/buyers/B01").as(Map.class);
        changed.put("contactName", "Claire Martin-Dupont");
        participant(tokenB02).body(changed).put("/api/events/" + eventId + "/buyers/B01").then().statusCode(404);
        organizer().get("/api/events/" + eventId + "/buyers/B01").then().body("contactName", equalTo("Claire Martin"));
        participant(tokenB01).body(changed).put("/api/events/" + eventId + "/buyers/B01").then().statusCode(200)
                .body("contactName", equalTo("Claire Martin-Dupont"));
    }

    @Test
    void participantsCannotUseOrganizerOperations() {
        participant(tokenB01).get("/api/events").then().statusCode(403);
        participant(tokenB01).get("/api/events/" + eventId + "/export").then().statusCode(403);
        participant(tokenB01).get("/api/events/" + eventId + "/buyers").then().statusCode(403);
        participant(tokenB01).delete("/api/events/" + eventId + "/structures/S07").then().statusCode(403);
        organizer().get("/api/events/" + eventId + "/structures/S07").then().statusCode(200);
    }

    @Test
    void aParticipantSeesOnlyTheirRequestsAndAnswersOnlyThoseAskedOfThem() {
        participant(tokenS07).get("/api/events/" + eventId + "/requests").then().statusCode(200)
                .body("$", hasSize(organizer().get("/api/events/" + eventId + "/requests").jsonPath()
                        .getList("findAll { it.from == 'S07' || it.to == 'S07' }").size()))
                .body("findAll { it.from != 'S07' && it.to != 'S07' }", emptyIterable());

        long toB01 = organizer().body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        // another buyer can neither see nor answer it; the structure that asked cannot answer it either
        participant(tokenB02).post("/api/events/" + eventId + "/requests/" + toB01 + "/accept").then().statusCode(404);
        participant(tokenS07).post("/api/events/" + eventId + "/requests/" + toB01 + "/decline").then().statusCode(404);
        participant(tokenB01).post("/api/events/" + eventId + "/requests/" + toB01 + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        participant(tokenB01).get("/api/events/" + eventId + "/requests").then()
                .body("find { it.id == " + toB01 + " }.status", equalTo("DECLINED"));
    }

    @Test
    void aParticipantCannotAskInSomeoneElsesNameNorBookForAnotherBuyer() {
        participant(tokenS07).body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(403);
        participant(tokenB02).body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00"))
                .post("/api/events/" + eventId + "/bookings").then().statusCode(403);
        participant(tokenB01).body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00"))
                .post("/api/events/" + eventId + "/bookings").then().statusCode(201);
        participant(tokenB02).get("/api/events/" + eventId + "/bookings").then().statusCode(200).body("$", hasSize(0));
        participant(tokenS07).get("/api/events/" + eventId + "/bookings").then().body("buyer", everyItem(equalTo("B01")));
    }

    @Test
    void aTokenOfAnotherEventIsRefused() {
        long other = TestEvents.importExample();
        participant(tokenB01).get("/api/events/" + other + "/slots").then().statusCode(404)
                .body("error", equalTo("no event with id " + other));
        participant(tokenB01).get("/api/events/" + other + "/buyers/B01").then().statusCode(404);
    }

    @Test
    void aRenewedTokenReplacesTheOldOne() {
        String renewed = organizer().post("/api/events/" + eventId + "/buyers/B01/token").then().statusCode(200)
                .extract().jsonPath().getString("token");
        participant(tokenB01).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(401);
        participant(renewed).get("/api/events/" + eventId + "/buyers/B01").then().statusCode(200);
    }
}
