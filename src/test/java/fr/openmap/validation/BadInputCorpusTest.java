package fr.openmap.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad inputs over every body (and query parameter) the API takes: each is refused with 400 or 422 naming
 * the faulty field, and nothing is written: the event's export and the pitch and outbox state stay byte for
 * byte the same, and no event is added. One example event, imported once, with an open call for pitches.
 */
@QuarkusTest
@Tag("persistence")
class BadInputCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUL = "\u0000";
    /** 5000 nested arrays: deeper than Jackson's nesting limit. */
    private static final String DEEP = "[".repeat(5000) + "]".repeat(5000);

    private static Long eventId;

    /** One bad request: what it sends, and the field the answer must name. */
    record Case(String name, String method, String path, String body, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedNamingTheFieldAndChangesNothing(Case c) {
        long id = event();
        String before = state(id);
        long events = TestEvents.eventCount();

        // query parameters are sent as written (%00 stays a NUL for the server to decode)
        var request = organizer().urlEncodingEnabled(false);
        if (c.body() != null) {
            request = request.body(c.body());
        }
        Response response = request.request(c.method(), c.path().replace("{event}", String.valueOf(id)));

        int status = response.statusCode();
        String answer = response.asString();
        assertTrue(status == 400 || status == 422, () -> c.name() + ": expected 400 or 422, got " + status + " " + answer);
        List<String> locations = response.jsonPath().getList("problems.location", String.class);
        String error = response.jsonPath().getString("error");
        boolean named = (locations != null && locations.stream().anyMatch(l -> l != null && l.contains(c.field())))
                || (error != null && error.contains(c.field()));
        assertTrue(named, () -> c.name() + ": the answer does not name " + c.field() + ": " + answer);
        if (c.field().equals("$")) {
            // the document as a whole is at fault (not JSON, too deep, a number too long to read): a 400
            assertEquals(400, status, () -> c.name() + ": " + answer);
        }
        assertEquals(before, state(id), () -> c.name() + ": something changed");
        assertEquals(events, TestEvents.eventCount(), () -> c.name() + ": an event was added");
    }

    /** The example event, imported the first time a case runs, with a call for pitches open now. */
    private static synchronized long event() {
        if (eventId == null) {
            eventId = TestEvents.importExample();
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
            organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(30).toString()))
                    .put("/api/events/" + eventId + "/pitch/call").then().statusCode(200);
        }
        return eventId;
    }

    /** Everything the corpus could change, as the organizer reads it. */
    private static String state(long id) {
        String base = "/api/events/" + id;
        StringBuilder state = new StringBuilder();
        for (String path : List.of("/export", "/pitch/call", "/pitch/applications", "/pitch/reviews", "/pitch/audit",
                "/outbox", "/requests", "/bookings", "/buyers", "/structures")) {
            Response response = organizer().get(base + path);
            assertEquals(200, response.statusCode(), path);
            state.append(path).append('\n').append(response.asString()).append('\n');
        }
        return state.toString();
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        imports(cases);
        buyers(cases);
        structures(cases);
        requestsAndBookings(cases);
        pitch(cases);
        queries(cases);
        return cases;
    }

    // ---- POST /api/events/import ----

    private static void imports(List<Case> cases) {
        importCase(cases, "slug too long", "$.event.slug", f -> event(f).put("slug", "a".repeat(101)));
        importCase(cases, "title too long", "$.event.title", f -> event(f).put("title", "T".repeat(501)));
        importCase(cases, "NUL in the title", "$.event.title", f -> event(f).put("title", "Matinale" + NUL));
        importCase(cases, "theme too long", "$.event.theme", f -> event(f).put("theme", "t".repeat(501)));
        importCase(cases, "bell character in the venue", "$.event.venue", f -> event(f).put("venue", "Paris\u0007"));
        importCase(cases, "year +999999999", "$.event.date", f -> event(f).put("date", "+999999999-05-17"));
        importCase(cases, "year 1999", "$.event.date", f -> event(f).put("date", "1999-05-17"));
        importCase(cases, "time zone too long", "$.event.timezone", f -> event(f).put("timezone", "Europe/" + "x".repeat(60)));
        importCase(cases, "tables at int max", "$.event.tables", f -> event(f).put("tables", Integer.MAX_VALUE));
        importCase(cases, "tables as a word", "$.event.tables", f -> event(f).put("tables", "ten"));
        importCase(cases, "negative pitch places", "$.event.pitchPlaces", f -> event(f).put("pitchPlaces", -1));
        importCase(cases, "pitch places above the bound", "$.event.pitchPlaces", f -> event(f).put("pitchPlaces", 1_000_000));
        importCase(cases, "slotMinutes at int max", "$.event.programme[4].slotMinutes",
                f -> item(f, 4).put("slotMinutes", Integer.MAX_VALUE));
        importCase(cases, "slotMinutes 0", "$.event.programme[4].slotMinutes", f -> item(f, 4).put("slotMinutes", 0));
        importCase(cases, "slotMinutes 241", "$.event.programme[4].slotMinutes", f -> item(f, 4).put("slotMinutes", 241));
        importCase(cases, "changeover 241", "$.event.programme[4].changeoverMinutes",
                f -> item(f, 4).put("changeoverMinutes", 241));
        importCase(cases, "changeover negative", "$.event.programme[4].changeoverMinutes",
                f -> item(f, 4).put("changeoverMinutes", -5));
        cases.add(new Case("slotMinutes beyond long", "POST", "/api/events/import",
                json(TestEvents.example()).replace("\"slotMinutes\":10", "\"slotMinutes\":99999999999999999999999"),
                "slotMinutes"));
        importCase(cases, "unknown programme kind", "$.event.programme[0].kind", f -> item(f, 0).put("kind", "COFFEE"));
        importCase(cases, "NUL in a programme title", "$.event.programme[0].title", f -> item(f, 0).put("title", NUL));
        importCase(cases, "programme date in 2101", "$.event.programme[0].date", f -> item(f, 0).put("date", "2101-01-01"));
        importCase(cases, "email too long", "$.buyers[2].email",
                f -> buyer(f, 2).put("email", "a".repeat(310) + "@example.org"));
        importCase(cases, "null organization", "$.buyers[2].organization", f -> buyer(f, 2).put("organization", null));
        importCase(cases, "path traversal ref", "$.buyers[2].ref", f -> buyer(f, 2).put("ref", "../../etc/passwd"));
        importCase(cases, "ref of 33 characters", "$.buyers[2].ref", f -> buyer(f, 2).put("ref", "B".repeat(33)));
        importCase(cases, "interest too long", "$.buyers[2].interests[0]",
                f -> buyer(f, 2).put("interests", List.of("i".repeat(256))));
        importCase(cases, "null interest", "$.buyers[2].interests[1]",
                f -> buyer(f, 2).put("interests", java.util.Arrays.asList("traiteur", null)));
        importCase(cases, "maxMeetings 100000", "$.buyers[2].maxMeetings", f -> buyer(f, 2).put("maxMeetings", 100_000));
        importCase(cases, "table label too long", "$.buyers[2].table", f -> buyer(f, 2).put("table", "T".repeat(65)));
        importCase(cases, "unavailability in year +999999999", "$.buyers[2].unavailable[0].date",
                f -> buyer(f, 2).put("unavailable", List.of(Map.of("date", "+999999999-05-17", "start", "11:00", "end", "11:30"))));
        importCase(cases, "21 representatives", "$.structures[3].representatives",
                f -> structure(f, 3).put("representatives", 21));
        importCase(cases, "0 representatives", "$.structures[3].representatives",
                f -> structure(f, 3).put("representatives", 0));
        importCase(cases, "SIRET as an object", "$.structures[3].siret",
                f -> structure(f, 3).put("siret", Map.of("digits", "97796367728059")));
        importCase(cases, "unknown legal form", "$.structures[3].legalForm", f -> structure(f, 3).put("legalForm", "SARLX"));
        importCase(cases, "escape character in a contact name", "$.structures[3].contactName",
                f -> structure(f, 3).put("contactName", "Anne\u001b[31m"));
        importCase(cases, "pitch rank 0", "$.structures[3].pitch.rank",
                f -> structure(f, 3).put("pitch", Map.of("status", "SELECTED", "rank", 0)));
        importCase(cases, "unknown pitch status", "$.structures[3].pitch.status",
                f -> structure(f, 3).put("pitch", Map.of("status", "CROWNED", "rank", 1)));
        importCase(cases, "sector too long", "$.structures[3].sector", f -> structure(f, 3).put("sector", "s".repeat(501)));
        importCase(cases, "priority 4", "$.requests[0].priority", f -> request(f, 0).put("priority", 4));
        importCase(cases, "priority beyond int", "$.requests[0].priority", f -> request(f, 0).put("priority", 2_147_483_648L));
        importCase(cases, "unknown request status", "$.requests[0].status", f -> request(f, 0).put("status", "MAYBE"));
        importCase(cases, "request from a traversal ref", "$.requests[0].from", f -> request(f, 0).put("from", "../x"));
        importCase(cases, "format missing", "$.format", f -> f.remove("format"));
        importCase(cases, "event null", "$.event", f -> f.put("event", null));
        cases.add(new Case("5000 nested arrays as the buyers", "POST", "/api/events/import",
                json(TestEvents.example()).replaceFirst("\"buyers\":\\[", "\"buyers\":[" + DEEP + ","), "$"));
        cases.add(new Case("5000 nested arrays in an unknown field", "POST", "/api/events/import",
                json(TestEvents.example()).replaceFirst("\\{", "{\"notes\":" + DEEP + ","), "$"));
        cases.add(new Case("5000 nested arrays as the whole document", "POST", "/api/events/import", DEEP, "$"));
        cases.add(new Case("a JSON array instead of an event file", "POST", "/api/events/import", "[1, 2, 3]", "$"));
        cases.add(new Case("broken JSON", "POST", "/api/events/import", "{\"format\": \"openmap-event/1\", ", "$"));
    }

    private static void importCase(List<Case> cases, String name, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> file = TestEvents.example();
        change.accept(file);
        cases.add(new Case("import: " + name, "POST", "/api/events/import", json(file), field));
    }

    // ---- buyers: POST and PUT ----

    private static void buyers(List<Case> cases) {
        String create = "/api/events/{event}/buyers";
        cases.add(new Case("new buyer: traversal ref", "POST", create, json(newBuyer("ref", "../../etc/passwd")), "ref"));
        cases.add(new Case("new buyer: organization too long", "POST", create, json(newBuyer("organization", "o".repeat(501))), "organization"));
        cases.add(new Case("new buyer: NUL in the contact name", "POST", create, json(newBuyer("contactName", "Eve" + NUL)), "contactName"));
        cases.add(new Case("new buyer: email too long", "POST", create, json(newBuyer("email", "e".repeat(320) + "@x.org")), "email"));
        cases.add(new Case("new buyer: maxMeetings as a word", "POST", create, json(newBuyer("maxMeetings", "many")), "maxMeetings"));
        cases.add(new Case("new buyer: interests as a string", "POST", create, json(newBuyer("interests", "traiteur")), "interests"));
        cases.add(new Case("new buyer: unavailability in 1999", "POST", create,
                json(newBuyer("unavailable", List.of(Map.of("date", "1999-05-17", "start", "11:00", "end", "11:30")))),
                "unavailable[0].date"));
        cases.add(new Case("new buyer: missing email", "POST", create, json(newBuyer("email", null)), "email"));
        cases.add(new Case("new buyer: deep JSON", "POST", create, "{\"organization\": " + DEEP + "}", "$"));
        cases.add(new Case("new buyer: deep JSON in an unknown field", "POST", create,
                "{\"organization\": \"Ville\", \"extra\": " + DEEP + "}", "$"));
        String update = "/api/events/{event}/buyers/B01";
        cases.add(new Case("buyer update: NUL in the organization", "PUT", update, json(buyerB01("organization", "Région" + NUL)), "organization"));
        cases.add(new Case("buyer update: service too long", "PUT", update, json(buyerB01("service", "s".repeat(501))), "service"));
        cases.add(new Case("buyer update: table label too long", "PUT", update, json(buyerB01("table", "t".repeat(65))), "table"));
        cases.add(new Case("buyer update: negative maxMeetings", "PUT", update, json(buyerB01("maxMeetings", -1)), "maxMeetings"));
        cases.add(new Case("buyer update: 51 interests", "PUT", update,
                json(buyerB01("interests", IntStream.range(0, 51).mapToObj(i -> "i" + i).toList())), "interests"));
    }

    private static Map<String, Object> newBuyer(String field, Object value) {
        Map<String, Object> buyer = new LinkedHashMap<>(Map.of("ref", "B10", "organization", "Ville de Montreuil",
                "contactName", "Jeanne Roux", "email", "jeanne.roux@montreuil.example.org"));
        buyer.put(field, value);
        return buyer;
    }

    private static Map<String, Object> buyerB01(String field, Object value) {
        Map<String, Object> buyer = new LinkedHashMap<>(buyer(TestEvents.read(TestEvents.EXAMPLE), 0));
        buyer.put(field, value);
        return buyer;
    }

    // ---- structures: POST and PUT ----

    private static void structures(List<Case> cases) {
        String create = "/api/events/{event}/structures";
        cases.add(new Case("new structure: representatives at int max", "POST", create,
                json(newStructure("representatives", Integer.MAX_VALUE)), "representatives"));
        cases.add(new Case("new structure: name too long", "POST", create, json(newStructure("name", "n".repeat(501))), "name"));
        cases.add(new Case("new structure: NUL in the SIRET", "POST", create, json(newStructure("siret", "977963677" + NUL + "28059")), "siret"));
        cases.add(new Case("new structure: department too long", "POST", create, json(newStructure("department", "9".repeat(200))), "department"));
        cases.add(new Case("new structure: ref of 33 characters", "POST", create, json(newStructure("ref", "S".repeat(33))), "ref"));
        cases.add(new Case("new structure: unknown legal form", "POST", create, json(newStructure("legalForm", "TRUST")), "legalForm"));
        String update = "/api/events/{event}/structures/S01";
        cases.add(new Case("structure update: NUL in the email", "PUT", update, json(structureS01("email", "a" + NUL + "@b.org")), "email"));
        cases.add(new Case("structure update: maxMeetings 1e30", "PUT", update,
                json(structureS01("maxMeetings", 0)).replace("\"maxMeetings\":0", "\"maxMeetings\":1e30"), "maxMeetings"));
        cases.add(new Case("structure update: pitch rank at int max", "PUT", update,
                json(structureS01("pitch", Map.of("status", "SELECTED", "rank", Integer.MAX_VALUE))), "pitch.rank"));
        cases.add(new Case("structure update: representatives as a list", "PUT", update,
                json(structureS01("representatives", List.of(1, 2))), "representatives"));
    }

    private static Map<String, Object> newStructure(String field, Object value) {
        Map<String, Object> structure = new LinkedHashMap<>(Map.of("ref", "S99", "name", "Les Cuisines Solidaires",
                "legalForm", "SCOP", "siret", "97796367728059", "department", "93", "contactName", "Paul Lenoir",
                "email", "paul@cuisines.example.org", "representatives", 1));
        structure.put(field, value);
        return structure;
    }

    private static Map<String, Object> structureS01(String field, Object value) {
        Map<String, Object> structure = new LinkedHashMap<>(structure(TestEvents.read(TestEvents.EXAMPLE), 0));
        structure.put(field, value);
        return structure;
    }

    // ---- requests and bookings ----

    private static void requestsAndBookings(List<Case> cases) {
        String requests = "/api/events/{event}/requests";
        cases.add(new Case("request: from null", "POST", requests, "{\"from\": null, \"to\": \"S02\", \"priority\": 1}", "from"));
        cases.add(new Case("request: priority 0", "POST", requests, "{\"from\": \"B01\", \"to\": \"S02\", \"priority\": 0}", "priority"));
        cases.add(new Case("request: priority as a word", "POST", requests, "{\"from\": \"B01\", \"to\": \"S02\", \"priority\": \"high\"}", "priority"));
        cases.add(new Case("request: huge priority", "POST", requests, "{\"from\": \"B01\", \"to\": \"S02\", \"priority\": 99999999999}", "priority"));
        cases.add(new Case("request: priority of 5000 digits", "POST", requests,
                "{\"from\": \"B01\", \"to\": \"S02\", \"priority\": " + "9".repeat(5000) + "}", "$"));
        cases.add(new Case("request: priority 1e999999999", "POST", requests,
                "{\"from\": \"B01\", \"to\": \"S02\", \"priority\": 1e999999999}", "priority"));
        cases.add(new Case("request: traversal ref", "POST", requests, "{\"from\": \"B01\", \"to\": \"../../etc/passwd\", \"priority\": 1}", "to"));
        cases.add(new Case("request: NUL in a ref", "POST", requests, "{\"from\": \"B01\\u0000\", \"to\": \"S02\", \"priority\": 1}", "from"));
        cases.add(new Case("request: deep JSON", "POST", requests, "{\"from\": " + DEEP + "}", "$"));
        cases.add(new Case("request: deep JSON in an unknown field", "POST", requests, "{\"why\": " + DEEP + "}", "$"));
        String bookings = "/api/events/{event}/bookings";
        cases.add(new Case("booking: year +999999999", "POST", bookings,
                "{\"buyer\": \"B01\", \"structure\": \"S02\", \"date\": \"+999999999-05-17\", \"start\": \"11:00\"}", "date"));
        cases.add(new Case("booking: month 13", "POST", bookings,
                "{\"buyer\": \"B01\", \"structure\": \"S02\", \"date\": \"2018-13-45\", \"start\": \"11:00\"}", "date"));
        cases.add(new Case("booking: NUL in the start", "POST", bookings,
                "{\"buyer\": \"B01\", \"structure\": \"S02\", \"start\": \"11:00\\u0000\"}", "start"));
        cases.add(new Case("booking: buyer ref of 33 characters", "POST", bookings,
                "{\"buyer\": \"" + "B".repeat(33) + "\", \"structure\": \"S02\", \"start\": \"11:00\"}", "buyer"));
        cases.add(new Case("booking: structure missing", "POST", bookings, "{\"buyer\": \"B01\", \"start\": \"11:00\"}", "structure"));
        cases.add(new Case("booking: start as a number", "POST", bookings,
                "{\"buyer\": \"B01\", \"structure\": \"S02\", \"start\": {\"h\": 11}}", "start"));
    }

    // ---- the call for pitches ----

    private static void pitch(List<Case> cases) {
        String call = "/api/events/{event}/pitch/call";
        cases.add(new Case("call: opening in year 999999", "PUT", call,
                "{\"opensAt\": \"+999999-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\"}", "opensAt"));
        cases.add(new Case("call: closing in 2101", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2101-01-01T10:00+01:00\"}", "closesAt"));
        cases.add(new Case("call: waiting list at int max", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"waitlistSize\": 2147483647}", "waitlistSize"));
        cases.add(new Case("call: coaching place too long", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"coachingPlace\": \"" + "p".repeat(501) + "\"}",
                "coachingPlace"));
        cases.add(new Case("call: NUL in the coaching place", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"coachingPlace\": \"Paris\\u0000\"}",
                "coachingPlace"));
        cases.add(new Case("call: coaching in 1900", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"coachingAt\": \"1900-01-01T10:00\"}",
                "coachingAt"));
        cases.add(new Case("call: infinite criterion weight", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"criteria\": {\"impact\": 1e309}}",
                "criteria.impact"));
        cases.add(new Case("call: criterion weight as a word", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"criteria\": {\"impact\": \"heavy\"}}",
                "criteria"));
        cases.add(new Case("call: criterion name with NUL", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"closesAt\": \"2030-01-01T10:00\", \"criteria\": {\"imp\\u0000act\": 1}}",
                "criteria"));
        cases.add(new Case("call: opensAt missing", "PUT", call, "{\"closesAt\": \"2030-01-01T10:00\"}", "opensAt"));

        String applications = "/api/events/{event}/pitch/applications";
        cases.add(new Case("application: traversal ref", "POST", applications, json(application("structure", "../../etc/passwd")), "structure"));
        cases.add(new Case("application: presentation too long", "POST", applications,
                json(application("presentation", "p".repeat(5001))), "presentation"));
        cases.add(new Case("application: NUL in the offer", "POST", applications, json(application("offer", "Repas" + NUL)), "offer"));
        cases.add(new Case("application: social impact null", "POST", applications, json(application("socialImpact", null)), "socialImpact"));
        cases.add(new Case("application: NUL in a reference", "POST", applications,
                json(application("references", List.of("Ville de Paris", "x" + NUL))), "references[1]"));
        cases.add(new Case("application: 21 references", "POST", applications,
                json(application("references", IntStream.range(0, 21).mapToObj(i -> "r" + i).toList())), "references"));
        cases.add(new Case("application: presentation as a number", "POST", applications,
                json(application("presentation", List.of(1))), "presentation"));

        String reviews = "/api/events/{event}/pitch/reviews";
        cases.add(new Case("review: reviewer too long", "POST", reviews, json(review("reviewer", "r".repeat(256))), "reviewer"));
        cases.add(new Case("review: NUL in the reviewer", "POST", reviews, json(review("reviewer", "Ana" + NUL)), "reviewer"));
        cases.add(new Case("review: huge score", "POST", reviews,
                json(review("scores", Map.of("relevance", 1e300, "socialImpact", 3, "innovation", 3, "readiness", 3))), "scores.relevance"));
        cases.add(new Case("review: structure ref of 33 characters", "POST", reviews, json(review("structure", "S".repeat(33))), "structure"));
        cases.add(new Case("review: scores as a list", "POST", reviews, json(review("scores", List.of(5, 5))), "scores"));

        String selection = "/api/events/{event}/pitch/selection";
        cases.add(new Case("selection: traversal ref in the tie break", "POST", selection, "{\"tieBreak\": [\"../x\"]}", "tieBreak[0]"));
        cases.add(new Case("selection: reason too long", "POST", selection, "{\"reason\": \"" + "r".repeat(1001) + "\"}", "reason"));
        cases.add(new Case("selection: tie break as a string", "POST", selection, "{\"tieBreak\": {\"first\": \"S01\"}}", "tieBreak"));

        String status = "/api/events/{event}/pitch/S01/status";
        cases.add(new Case("status: unknown status", "POST", status, "{\"status\": \"CROWNED\", \"reason\": \"why not\"}", "status"));
        cases.add(new Case("status: NUL in the reason", "POST", status, "{\"status\": \"SELECTED\", \"reason\": \"x\\u0000\"}", "reason"));
        cases.add(new Case("status: reason missing", "POST", status, "{\"status\": \"SELECTED\"}", "reason"));

        String withdraw = "/api/events/{event}/pitch/S01/withdraw";
        cases.add(new Case("withdraw: reason too long", "POST", withdraw, "{\"reason\": \"" + "w".repeat(1001) + "\"}", "reason"));
        cases.add(new Case("withdraw: NUL in the reason", "POST", withdraw, "{\"reason\": \"bye\\u0000\"}", "reason"));
        cases.add(new Case("withdraw: reason as an object", "POST", withdraw, "{\"reason\": {\"text\": \"bye\"}}", "reason"));
        cases.add(new Case("withdraw: deep JSON", "POST", withdraw, "{\"reason\": " + DEEP + "}", "$"));
        cases.add(new Case("call: deep JSON in the criteria", "PUT", call,
                "{\"opensAt\": \"2026-01-01T10:00\", \"criteria\": {\"impact\": 1, \"x\": " + DEEP + "}}", "$"));
    }

    private static Map<String, Object> application(String field, Object value) {
        Map<String, Object> form = new LinkedHashMap<>(Map.of("structure", "S02", "presentation", "Traiteur d'insertion",
                "offer", "Plateaux-repas", "socialImpact", "12 salariés en insertion", "references", List.of("Ville de Paris")));
        form.put(field, value);
        return form;
    }

    private static Map<String, Object> review(String field, Object value) {
        Map<String, Object> form = new LinkedHashMap<>(Map.of("structure", "S01", "reviewer", "Ana",
                "scores", Map.of("relevance", 4, "socialImpact", 4, "innovation", 4, "readiness", 4)));
        form.put(field, value);
        return form;
    }

    // ---- query parameters ----

    private static void queries(List<Case> cases) {
        cases.add(new Case("outbox: unknown status", "GET", "/api/events/{event}/outbox?status=SENDING_NOW", null, "status"));
        cases.add(new Case("outbox: NUL as the status", "GET", "/api/events/{event}/outbox?status=%00", null, "status"));
        cases.add(new Case("agenda preview: unknown format", "GET", "/api/events/{event}/agendas/B01/preview?format=pdf", null, "format"));
    }

    // ---- JSON helpers ----

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Map<String, Object> file) {
        return (Map<String, Object>) file.get("event");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> file, int index) {
        return ((List<Map<String, Object>>) event(file).get("programme")).get(index);
    }

    private static Map<String, Object> buyer(Map<String, Object> file, int index) {
        return TestEvents.list(file, "buyers").get(index);
    }

    private static Map<String, Object> structure(Map<String, Object> file, int index) {
        return TestEvents.list(file, "structures").get(index);
    }

    private static Map<String, Object> request(Map<String, Object> file, int index) {
        return TestEvents.list(file, "requests").get(index);
    }
}
