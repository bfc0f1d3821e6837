package fr.openmap.validation;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * API error messages follow {@code Accept-Language}: French for a caller who prefers French, English for
 * one who prefers English, names neither or sends no header. Same JSON shape in both.
 */
@QuarkusTest
@Tag("persistence")
class ProblemLanguagesTest {

    private static final String NBSP = "\u00A0";
    private static final String FRENCH = "fr-FR,fr;q=0.9";

    long eventId;

    @BeforeEach
    void importExample() {
        eventId = TestEvents.importExample();
    }

    private static Map<String, Object> badBuyer() {
        Map<String, Object> buyer = new HashMap<>();
        buyer.put("organization", " ");
        buyer.put("contactName", "Zoé Roux");
        buyer.put("email", "zoe");
        buyer.put("maxMeetings", 500);
        buyer.put("language", "de");
        return buyer;
    }

    private ValidatableResponse postBadBuyer(RequestSpecification request) {
        return request.body(badBuyer()).post("/api/events/" + eventId + "/buyers").then().statusCode(422)
                .body("status", equalTo(422))
                .body("problems.location", equalTo(List.of("organization", "email", "maxMeetings", "language")));
    }

    @Test
    void aCallerWhoPrefersFrenchIsToldEveryProblemInFrench() {
        postBadBuyer(organizer().header("Accept-Language", FRENCH))
                .body("error", equalTo("la saisie comporte 4 problèmes"))
                .body("problems.message", equalTo(List.of(
                        "est obligatoire",
                        "«" + NBSP + "zoe" + NBSP + "» n'est pas une adresse électronique valide",
                        "doit être compris entre 0 et 300 (valeur reçue" + NBSP + ": 500)",
                        "langue inconnue «" + NBSP + "de" + NBSP + "»" + NBSP + ": «" + NBSP + "fr" + NBSP + "» ou «"
                                + NBSP + "en" + NBSP + "» attendu")));
    }

    private static final List<String> ENGLISH = List.of(
            "is required",
            "'zoe' is not a valid email address",
            "must be between 0 and 300 (got 500)",
            "unknown language 'de': expected \"fr\" or \"en\"");

    @Test
    void aCallerWhoPrefersEnglishOrSaysNothingIsToldInEnglish() {
        postBadBuyer(organizer().header("Accept-Language", "en"))
                .body("error", equalTo("the input has 4 problem(s)")).body("problems.message", equalTo(ENGLISH));
        postBadBuyer(organizer())
                .body("error", equalTo("the input has 4 problem(s)")).body("problems.message", equalTo(ENGLISH));
    }

    @Test
    void theFirstOfFrenchAndEnglishInTheHeaderWinsAndNeitherMeansEnglish() {
        postBadBuyer(organizer().header("Accept-Language", "de-DE,de;q=0.9,fr;q=0.5,en;q=0.3"))
                .body("problems[0].message", equalTo("est obligatoire"));
        postBadBuyer(organizer().header("Accept-Language", "de-DE,de;q=0.9,*;q=0.5"))
                .body("problems[0].message", equalTo("is required"));
        postBadBuyer(organizer().header("Accept-Language", "fr;q=0.4,en-GB;q=0.8"))
                .body("problems[0].message", equalTo("is required"));
    }

    @Test
    void aConflictIsToldInFrench() {
        Map<String, Object> buyer = new HashMap<>(Map.of("ref", "B01", "organization", "Ville de Montreuil",
                "contactName", "Zoé Roux", "email", "zoe.roux@montreuil.example.org"));
        organizer().header("Accept-Language", FRENCH).body(buyer).post("/api/events/" + eventId + "/buyers")
                .then().statusCode(409)
                .body("error", equalTo("la ref «" + NBSP + "B01" + NBSP + "» est déjà utilisée dans cet événement"));
        organizer().body(buyer).post("/api/events/" + eventId + "/buyers").then().statusCode(409)
                .body("error", equalTo("ref 'B01' is already used in this event"));
    }

    @Test
    void somethingUnknownIsToldInFrench() {
        organizer().header("Accept-Language", FRENCH).get("/api/events/" + eventId + "/buyers/B99").then().statusCode(404)
                .body("error", equalTo("aucun acheteur «" + NBSP + "B99" + NBSP + "» dans l'événement " + eventId));
        organizer().header("Accept-Language", FRENCH).get("/api/events/" + eventId + "/structures/S99").then().statusCode(404)
                .body("error", equalTo("aucune structure «" + NBSP + "S99" + NBSP + "» dans l'événement " + eventId));
    }

    @Test
    void aWrongPasswordAndABadDocumentAreToldInFrench() {
        given().header("Accept-Language", FRENCH).auth().preemptive().basic("organizer", "wrong")
                .get("/api/events").then().statusCode(401)
                .body("error", equalTo("nom d'utilisateur ou mot de passe incorrect"));
        organizer().header("Accept-Language", FRENCH).body("{\"organization\": [1]}")
                .post("/api/events/" + eventId + "/buyers").then().statusCode(400)
                .body("error", equalTo("le document n'est pas du JSON valide de la forme attendue"))
                .body("problems[0].location", equalTo("$.organization"))
                .body("problems[0].message", equalTo("un texte est attendu ici"));
    }
}
