package fr.openmap.registration;

import fr.openmap.Concurrently;
import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registrations sent at the same moment: tables, refs and tables labels still hold, and the losers get a 409. */
@QuarkusTest
@Tag("persistence")
class RegistrationRaceTest {

    /** The example event (9 buyers) with this many tables. */
    private static long eventWithTables(int tables) {
        Map<String, Object> file = TestEvents.example();
        TestEvents.event(file).put("tables", tables);
        return TestEvents.importEvent(file).jsonPath().getLong("id");
    }

    private static Map<String, Object> buyer(int n) {
        Map<String, Object> b = new HashMap<>();
        b.put("organization", "Ville n° " + n);
        b.put("contactName", "Acheteur " + n);
        b.put("email", "acheteur" + n + "@ville.example.org");
        return b;
    }

    private static Map<String, Object> structure(String ref) {
        Map<String, Object> s = new HashMap<>();
        if (ref != null) {
            s.put("ref", ref);
        }
        s.put("name", "Les Ateliers du Canal");
        s.put("legalForm", "SCIC");
        s.put("siret", "97796367728059");
        s.put("department", "93");
        s.put("contactName", "Amina Diallo");
        s.put("email", "amina@ateliers.example.org");
        return s;
    }

    private static void noServerError(List<Response> responses) {
        responses.forEach(r -> assertTrue(r.statusCode() < 500, () -> "a 5xx: " + r.asString()));
    }

    @Test
    void tenBuyersAtOnceForThreeFreeTablesGiveThreeBuyers() throws Exception {
        long eventId = eventWithTables(12);
        List<Response> responses = Concurrently.run(10,
                i -> organizer().body(buyer(i)).post("/api/events/" + eventId + "/buyers"));

        noServerError(responses);
        assertEquals(3, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        assertEquals(7, Concurrently.count(responses, 409), () -> "statuses " + Concurrently.statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals(
                "all 12 tables already have a buyer: every buyer keeps one table", r.jsonPath().getString("error")));
        Set<String> created = new HashSet<>();
        responses.stream().filter(r -> r.statusCode() == 201)
                .forEach(r -> created.add(r.jsonPath().getString("participant.ref")));
        assertEquals(Set.of("B10", "B11", "B12"), created, "each new buyer has its own ref");
        List<String> refs = organizer().get("/api/events/" + eventId + "/buyers").then().statusCode(200)
                .extract().jsonPath().getList("ref");
        assertEquals(12, refs.size(), "as many buyers as tables");
        assertEquals(12, new HashSet<>(refs).size(), "refs are unique: " + refs);
    }

    @Test
    void structuresAskingForTheSameRefAtOnceGiveOneStructure() throws Exception {
        long eventId = eventWithTables(10);
        List<Response> responses = Concurrently.run(8,
                i -> organizer().body(structure("ATELIERS")).post("/api/events/" + eventId + "/structures"));

        noServerError(responses);
        assertEquals(1, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        assertEquals(7, Concurrently.count(responses, 409), () -> "statuses " + Concurrently.statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals(
                "ref 'ATELIERS' is already used in this event", r.jsonPath().getString("error")));
        List<String> refs = organizer().get("/api/events/" + eventId + "/structures").jsonPath().getList("ref");
        assertEquals(1, refs.stream().filter("ATELIERS"::equals).count(), () -> "refs " + refs);
    }

    @Test
    void aBuyerAndAStructureAskingForTheSameRefAtOnceGiveOne() throws Exception {
        long eventId = eventWithTables(20);
        List<Response> responses = Concurrently.run(6, i -> {
            if (i % 2 == 0) {
                Map<String, Object> b = buyer(i);
                b.put("ref", "SHARED");
                return organizer().body(b).post("/api/events/" + eventId + "/buyers");
            }
            return organizer().body(structure("SHARED")).post("/api/events/" + eventId + "/structures");
        });

        noServerError(responses);
        assertEquals(1, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        long buyers = organizer().get("/api/events/" + eventId + "/buyers").jsonPath().getList("ref").stream()
                .filter("SHARED"::equals).count();
        long structures = organizer().get("/api/events/" + eventId + "/structures").jsonPath().getList("ref").stream()
                .filter("SHARED"::equals).count();
        assertEquals(1, buyers + structures, "a ref names one participant of the event");
    }

    @Test
    void structuresWithoutRefAtOnceEachGetTheirOwn() throws Exception {
        long eventId = eventWithTables(10);
        List<Response> responses = Concurrently.run(8,
                i -> organizer().body(structure(null)).post("/api/events/" + eventId + "/structures"));

        noServerError(responses);
        assertEquals(8, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        Set<String> refs = new HashSet<>();
        responses.forEach(r -> refs.add(r.jsonPath().getString("participant.ref")));
        assertEquals(Set.of("S22", "S23", "S24", "S25", "S26", "S27", "S28", "S29"), refs);
    }

    @Test
    void twoBuyersTakingTheSameTableAtOnceGiveOne() throws Exception {
        long eventId = eventWithTables(20);
        List<Response> responses = Concurrently.run(6, i -> {
            Map<String, Object> b = buyer(i);
            b.put("table", "T15");
            return organizer().body(b).post("/api/events/" + eventId + "/buyers");
        });

        noServerError(responses);
        assertEquals(1, Concurrently.count(responses, 201), () -> "statuses " + Concurrently.statuses(responses));
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> assertEquals(
                "table 'T15' is already given to another buyer", r.jsonPath().getString("error")));
        List<String> tables = organizer().get("/api/events/" + eventId + "/buyers").jsonPath().getList("table");
        assertEquals(1, tables.stream().filter("T15"::equals).count(), () -> "tables " + tables);
    }
}
