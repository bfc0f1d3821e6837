package fr.openmap.access;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every API endpoint, aimed at one victim's data (buyer B01, structure S07 of one event), called by
 * everyone who must not reach it: nobody, another participant of the same event, the participant
 * with the same ref in another event, and a participant of the other kind. Each gets 401, 403 or
 * 404 — or, where the endpoint serves everybody their own share (lists, the event, the programme),
 * 200 with nothing of the victim's. Nothing changes. A new endpoint missing from the matrix fails it.
 */
@QuarkusTest
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** What the victims own that nobody else may see. */
    static final List<String> VICTIM_SECRETS = List.of("claire.martin@acheteur1.example.org", "Claire Martin",
            "contact7@structure7.example.org", "Olivier Fournier", "Texte confidentiel de S07");

    enum Victim { BUYER, STRUCTURE, EVENT }

    /** One endpoint aimed at a victim; {@code sharesOwn} when intruders rightly get their own share (200). */
    record Target(String method, String template, Victim victim, Object body, boolean sharesOwn) {
        String key() {
            return method + " " + template;
        }
    }

    /** Someone who must not reach the victim's data, and their credentials (null: none). */
    record Intruder(String who, String token, String ref) {
    }

    long eventId;
    long otherEventId;
    Map<String, String> tokens;
    Map<String, String> otherTokens;
    long requestId;
    long bookingId;
    long messageId;
    /** A member of the event's pitch committee: their review token opens their review pages, nothing of the API. */
    String reviewerToken;
    /** The event's welcome desk: its token opens the day pages (as a cookie there), nothing of the API. */
    String staffToken;

    /** Once for the class, but inside a test: RestAssured knows the port only then. */
    @BeforeEach
    void twoEventsWithVictims() {
        if (tokens != null) {
            return;
        }
        Response imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
        tokens = tokens(imported);
        Response other = TestEvents.importEvent(TestEvents.example());
        otherEventId = other.jsonPath().getLong("id");
        otherTokens = tokens(other);

        requestId = organizer().get(api("/requests")).jsonPath()
                .getLong("find { it.from == 'S07' && it.to == 'B01' }.id");
        bookingId = organizer().body(Map.of("buyer", "B01", "structure", "S07", "start", "11:00"))
                .post(api("/bookings")).then().statusCode(201).extract().jsonPath().getLong("id");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(7).toString()))
                .put(api("/pitch/call")).then().statusCode(200);
        organizer().body(Map.of("structure", "S07", "presentation", "Texte confidentiel de S07",
                "offer", "Texte confidentiel de S07", "socialImpact", "Texte confidentiel de S07"))
                .post(api("/pitch/applications")).then().statusCode(201);
        TestTimetables.fill(eventId, Set.of());
        organizer().post(api("/agendas/send")).then().statusCode(200);
        messageId = organizer().get(api("/outbox")).jsonPath().getLong("find { it.recipient == 'B01' }.id");
        reviewerToken = fr.openmap.pitch.Committees.token(fr.openmap.pitch.Committees.addMember(eventId, "Alice Moreau",
                "alice@gip.example.org"));
        String deskLink = io.quarkus.arc.Arc.container().instance(fr.openmap.day.StaffLinks.class).get().create(eventId).url();
        staffToken = deskLink.substring(deskLink.indexOf("?staff=") + "?staff=".length());
    }

    List<Target> targets() {
        Map<String, Object> buyerB01 = organizer().get(api("/buyers/B01")).as(Map.class);
        Map<String, Object> structureS07 = organizer().get(api("/structures/S07")).as(Map.class);
        return List.of(
                new Target("GET", "/api/events", Victim.EVENT, null, false),
                new Target("POST", "/api/events/import", Victim.EVENT, TestEvents.example(), false),
                new Target("GET", "/api/events/{id}", Victim.EVENT, null, true),
                new Target("GET", "/api/events/{id}/export", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{id}/slots", Victim.EVENT, null, true),

                new Target("GET", "/api/events/{eventId}/buyers", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/buyers", Victim.BUYER, Map.of("ref", "B99"), false),
                new Target("GET", "/api/events/{eventId}/buyers/{ref}", Victim.BUYER, null, false),
                new Target("PUT", "/api/events/{eventId}/buyers/{ref}", Victim.BUYER, buyerB01, false),
                new Target("DELETE", "/api/events/{eventId}/buyers/{ref}", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/buyers/{ref}/token", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/buyers/{ref}/approve", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/buyers/{ref}/refuse", Victim.BUYER, Map.of("reason", "x"), false),

                new Target("GET", "/api/events/{eventId}/structures", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/structures", Victim.STRUCTURE, Map.of("ref", "S99"), false),
                new Target("GET", "/api/events/{eventId}/structures/{ref}", Victim.STRUCTURE, null, false),
                new Target("PUT", "/api/events/{eventId}/structures/{ref}", Victim.STRUCTURE, structureS07, false),
                new Target("DELETE", "/api/events/{eventId}/structures/{ref}", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/structures/{ref}/token", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/structures/{ref}/approve", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/structures/{ref}/refuse", Victim.STRUCTURE, Map.of("reason", "x"), false),

                new Target("GET", "/api/events/{eventId}/requests", Victim.BUYER, null, true),
                new Target("POST", "/api/events/{eventId}/requests", Victim.STRUCTURE,
                        Map.of("from", "S07", "to", "B09", "priority", 1), false),
                new Target("POST", "/api/events/{eventId}/requests/{id}/accept", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/requests/{id}/decline", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/requests/{id}/withdraw", Victim.STRUCTURE, null, false),
                new Target("DELETE", "/api/events/{eventId}/requests/{id}", Victim.STRUCTURE, null, false),

                new Target("GET", "/api/events/{eventId}/answers-freeze", Victim.EVENT, null, true),
                new Target("PUT", "/api/events/{eventId}/answers-freeze", Victim.EVENT, Map.of("at", "2018-05-16T18:00:00+02:00"), false),

                new Target("POST", "/api/events/{eventId}/participants/import", Victim.EVENT,
                        "Organisme;Contact;Courriel\r\nVille;Zoé Roux;zoe@ville.example.org\r\n".getBytes(
                                java.nio.charset.StandardCharsets.UTF_8), false),
                new Target("GET", "/api/events/{eventId}/participants/export.csv", Victim.BUYER, null, false),
                new Target("GET", "/api/events/{eventId}/participants/export.xlsx", Victim.BUYER, null, false),

                new Target("GET", "/api/events/{eventId}/bookings", Victim.BUYER, null, true),
                new Target("POST", "/api/events/{eventId}/bookings", Victim.BUYER,
                        Map.of("buyer", "B01", "structure", "S08", "start", "11:15"), false),
                new Target("DELETE", "/api/events/{eventId}/bookings/{id}", Victim.BUYER, null, false),

                new Target("GET", "/api/events/{eventId}/agendas", Victim.EVENT, null, false),
                new Target("POST", "/api/events/{eventId}/agendas/send", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/agendas/{ref}/preview", Victim.BUYER, null, false),
                new Target("GET", "/api/events/{eventId}/outbox", Victim.EVENT, null, false),
                new Target("POST", "/api/events/{eventId}/outbox/{messageId}/resend", Victim.BUYER, null, false),
                new Target("POST", "/api/events/{eventId}/outbox/resend-failed", Victim.EVENT, null, false),

                new Target("POST", "/api/events/{eventId}/timetable/solve", Victim.EVENT, null, false),
                new Target("POST", "/api/events/{eventId}/timetable/stop", Victim.EVENT, null, false),
                new Target("POST", "/api/events/{eventId}/timetable/edits", Victim.EVENT,
                        Map.of("action", "remove", "buyer", "B01", "structure", "S01"), false),
                new Target("GET", "/api/events/{eventId}/timetable", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/timetable/export", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/timetable/export.csv", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/timetable/export.xlsx", Victim.EVENT, null, false),

                new Target("PUT", "/api/events/{eventId}/pitch/call", Victim.EVENT, Map.of("places", 1), false),
                new Target("GET", "/api/events/{eventId}/pitch/call", Victim.EVENT, null, true),
                new Target("POST", "/api/events/{eventId}/pitch/applications", Victim.STRUCTURE,
                        Map.of("structure", "S07", "presentation", "x", "offer", "x", "socialImpact", "x"), false),
                new Target("GET", "/api/events/{eventId}/pitch/applications", Victim.STRUCTURE, null, true),
                new Target("GET", "/api/events/{eventId}/pitch/applications/{structureRef}", Victim.STRUCTURE, null, false),
                new Target("PUT", "/api/events/{eventId}/pitch/applications/{structureRef}", Victim.STRUCTURE,
                        Map.of("presentation", "x", "offer", "x", "socialImpact", "x", "reason", "x"), false),
                new Target("DELETE", "/api/events/{eventId}/pitch/applications/{structureRef}", Victim.STRUCTURE, null, false),
                new Target("PUT", "/api/events/{eventId}/pitch/applications/{structureRef}/dossier", Victim.STRUCTURE,
                        "%PDF-1.4 pretend", false),
                new Target("GET", "/api/events/{eventId}/pitch/applications/{structureRef}/dossier", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/pitch/reviews", Victim.STRUCTURE,
                        Map.of("structure", "S07", "reviewer", "x", "scores", Map.of()), false),
                new Target("GET", "/api/events/{eventId}/pitch/reviews", Victim.STRUCTURE, null, false),
                new Target("GET", "/api/events/{eventId}/pitch/ranking", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/pitch/selection", Victim.EVENT, Map.of(), false),
                new Target("POST", "/api/events/{eventId}/pitch/{structureRef}/status", Victim.STRUCTURE,
                        Map.of("status", "SELECTED", "reason", "x"), false),
                new Target("POST", "/api/events/{eventId}/pitch/{structureRef}/withdraw", Victim.STRUCTURE,
                        Map.of("reason", "x"), false),
                new Target("GET", "/api/events/{eventId}/pitch/running-order", Victim.EVENT, null, true),
                new Target("GET", "/api/events/{eventId}/pitch/audit", Victim.STRUCTURE, null, false),
                new Target("GET", "/api/events/{eventId}/pitch/notifications/preview", Victim.STRUCTURE, null, false),
                new Target("POST", "/api/events/{eventId}/pitch/notifications/send", Victim.STRUCTURE, null, false),

                new Target("GET", "/api/events/{eventId}/print/agendas.pdf", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/print/agenda/{ref}.pdf", Victim.BUYER, null, false),
                new Target("GET", "/api/events/{eventId}/print/table-signs.pdf", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/print/wall-chart.pdf", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/print/badges.pdf", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/print/running-order.pdf", Victim.EVENT, null, false),
                new Target("GET", "/api/events/{eventId}/day/standby", Victim.EVENT, null, false),
                new Target("POST", "/api/events/{eventId}/day/standby", Victim.EVENT,
                        Map.of("buyer", "B01", "structure", "S01", "replacement", "S02"), false),
                new Target("GET", "/api/events/{eventId}/day/held", Victim.EVENT, null, false));
    }

    @Test
    void theMatrixCoversEveryApiEndpoint() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Method m : EndpointRulesTest.endpoints()) {
            String path = pathOf(m.getDeclaringClass().getAnnotation(Path.class)) + pathOf(m.getAnnotation(Path.class));
            if (path.startsWith("/api")) {
                declared.add(httpMethod(m) + " " + path);
            }
        }
        Set<String> covered = targets().stream().map(Target::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, covered);
    }

    /** Every page of the personal space, aimed at B01's or S07's space; a form's fields as the page would post them. */
    List<Target> personalTargets() {
        return List.of(
                new Target("GET", "/p/{eventId}/{ref}", Victim.BUYER, null, false),
                new Target("GET", "/p/{eventId}/{ref}/agenda.ics", Victim.BUYER, null, false),
                new Target("POST", "/p/{eventId}/{ref}/requests/{requestId}/{answer:accept|decline}", Victim.BUYER,
                        Map.of("message", "x"), false),
                new Target("POST", "/p/{eventId}/{ref}/requests/{requestId}/withdraw", Victim.STRUCTURE, Map.of(), false),
                new Target("GET", "/p/{eventId}/{ref}/profile", Victim.BUYER, null, false),
                new Target("POST", "/p/{eventId}/{ref}/profile", Victim.BUYER,
                        Map.of("organization", "Pirate", "contactName", "Pirate", "email", "pirate@example.org"), false),
                new Target("GET", "/p/{eventId}/{ref}/catalogue", Victim.STRUCTURE, null, false),
                new Target("POST", "/p/{eventId}/{ref}/catalogue/ask", Victim.STRUCTURE,
                        Map.of("to", "B09", "priority", "1"), false),
                new Target("GET", "/p/{eventId}/{ref}/booking", Victim.BUYER, null, false),
                new Target("POST", "/p/{eventId}/{ref}/booking", Victim.BUYER,
                        Map.of("date", "2018-05-17", "start", "11:00", "structure", "S07"), false),
                new Target("POST", "/p/{eventId}/{ref}/booking/{bookingId}/cancel", Victim.BUYER, Map.of(), false),
                new Target("GET", "/p/{eventId}/{ref}/pitch", Victim.STRUCTURE, null, false),
                new Target("POST", "/p/{eventId}/{ref}/pitch", Victim.STRUCTURE,
                        Map.of("presentation", "Pirate", "offer", "Pirate", "socialImpact", "Pirate"), false),
                new Target("GET", "/p/{eventId}/{ref}/pitch/withdraw", Victim.STRUCTURE, null, false),
                new Target("POST", "/p/{eventId}/{ref}/pitch/withdraw", Victim.STRUCTURE, Map.of(), false),
                new Target("POST", "/p/{eventId}/{ref}/held", Victim.BUYER, Map.of("with", "S07", "held", "yes"), false));
    }

    @Test
    void theMatrixCoversEveryPersonalPage() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Method m : EndpointRulesTest.endpoints()) {
            String path = pathOf(m.getDeclaringClass().getAnnotation(Path.class)) + pathOf(m.getAnnotation(Path.class));
            if (path.startsWith("/p/")) {
                declared.add(httpMethod(m) + " " + path);
            }
        }
        assertEquals(declared, personalTargets().stream().map(Target::key).collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * A personal session opens its own space only: nobody, a wrong token, another participant, the same ref of
     * another event and the other kind all get the same refusal (the forms posted with a valid CSRF token, so that
     * the page's own check is what refuses), see nothing of the victim's, and change nothing.
     */
    @Test
    void nobodyOpensAnothersPersonalSpaceAndNothingChanges() {
        String before = organizer().get("/api/events/" + eventId + "/export").asString();
        String csrf = organizer().get("/api/events").then().extract().cookie("csrf-token");
        assertTrue(csrf != null && !csrf.isEmpty(), "no CSRF cookie");
        List<String> leaks = new ArrayList<>();
        for (Target target : personalTargets()) {
            for (Intruder intruder : intruders(target.victim())) {
                RequestSpecification request = given().redirects().follow(false);
                if (intruder.token() != null) {
                    request.cookie(PersonalSession.COOKIE, intruder.token());
                }
                if (target.method().equals("POST") && target.template().endsWith("/pitch")) {
                    // the pitch application is a file upload
                    request.cookie("csrf-token", csrf).multiPart("csrf-token", csrf);
                    ((Map<?, ?>) target.body()).forEach((k, v) -> request.multiPart((String) k, (String) v));
                } else if (target.method().equals("POST")) {
                    request.contentType("application/x-www-form-urlencoded").cookie("csrf-token", csrf)
                            .formParam("csrf-token", csrf);
                    ((Map<?, ?>) target.body()).forEach((k, v) -> request.formParam((String) k, v));
                }
                String path = target.template().replace("{eventId}", String.valueOf(eventId))
                        .replace("{ref}", target.victim() == Victim.STRUCTURE ? "S07" : "B01")
                        .replace("{requestId}", String.valueOf(requestId)).replace("{bookingId}", "1")
                        .replace("{answer:accept|decline}", "decline");
                Response answer = request.request(target.method(), path);
                int status = answer.statusCode();
                if (status != 401 && status != 403 && status != 404) {
                    leaks.add(target.key() + " by " + intruder.who() + " → " + status + " " + abbreviate(answer.asString()));
                }
                for (String secret : VICTIM_SECRETS) {
                    if (answer.asString().contains(secret)) {
                        leaks.add(target.key() + " by " + intruder.who() + " shows «" + secret + "»");
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertEquals(before, organizer().get("/api/events/" + eventId + "/export").asString(), "the event changed");
    }

    @Test
    void nobodyReachesAnothersDataAndNothingChanges() {
        String before = organizer().get("/api/events/" + eventId + "/export").asString();
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        for (Target target : targets()) {
            for (Intruder intruder : intruders(target.victim())) {
                Response answer = call(target, intruder);
                calls++;
                int status = answer.statusCode();
                String body = answer.asString();
                boolean refused = status == 401 || status == 403 || status == 404;
                boolean ownShare = target.sharesOwn() && status == 200 && intruder.token() != null
                        && !intruder.who().equals("same ref, other event");
                if (!refused && !ownShare) {
                    leaks.add(target.key() + " by " + intruder.who() + " → " + status + " " + abbreviate(body));
                }
                if (intruder.token() == null && status != 401) {
                    leaks.add(target.key() + " without credentials → " + status + " (expected 401)");
                }
                for (String secret : VICTIM_SECRETS) {
                    if (body.contains(secret)) {
                        leaks.add(target.key() + " by " + intruder.who() + " shows «" + secret + "»");
                    }
                }
                for (Map.Entry<String, String> token : tokens.entrySet()) {
                    if (body.contains(token.getValue()) && !token.getValue().equals(intruder.token())) {
                        leaks.add(target.key() + " by " + intruder.who() + " shows the token of " + token.getKey());
                    }
                }
                if (ownShare && (target.template().endsWith("/requests") || target.template().endsWith("/bookings"))) {
                    List<Map<String, Object>> rows = answer.jsonPath().getList("$");
                    for (Map<String, Object> row : rows) {
                        if (!row.containsValue(intruder.ref())) {
                            leaks.add(target.key() + " by " + intruder.who() + " lists " + row);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(calls >= 200, calls + " calls");
        assertEquals(before, organizer().get("/api/events/" + eventId + "/export").asString(), "the event changed");
        organizer().get(api("/requests")).then().statusCode(200);
        assertFalse(organizer().get(api("/outbox")).jsonPath().getList("status").contains("FAILED"));
    }

    /** Who tries: nobody, another of the same event and kind, the same ref of another event, the other kind. */
    List<Intruder> intruders(Victim victim) {
        String same = victim == Victim.STRUCTURE ? "S08" : "B02";
        String victimRef = victim == Victim.STRUCTURE ? "S07" : "B01";
        String otherKind = victim == Victim.STRUCTURE ? "B01" : "S07";
        return List.of(new Intruder("nobody", null, null),
                new Intruder("a wrong token", "not-a-token", null),
                new Intruder("another participant " + same, tokens.get(same), same),
                new Intruder("same ref, other event", otherTokens.get(victimRef), victimRef),
                new Intruder("the other kind " + otherKind, tokens.get(otherKind), otherKind),
                new Intruder("a committee member of the event", reviewerToken, null),
                new Intruder("the event's welcome desk", staffToken, null));
    }

    Response call(Target target, Intruder intruder) {
        RequestSpecification request = given().redirects().follow(false);
        if (intruder.token() != null) {
            request.header("Authorization", "Bearer " + intruder.token());
        }
        if (target.body() instanceof byte[] file) {
            request.contentType("text/csv").queryParam("kind", "buyers").body(file);
        } else if (target.template().contains("/participants/export")) {
            request.queryParam("kind", "buyers");
        } else if (target.body() instanceof String raw) {
            request.contentType("application/pdf").body(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } else {
            // as API clients do (RestAssured would otherwise send a body-less POST as an empty form)
            request.contentType(ContentType.JSON);
            if (target.body() != null) {
                request.body(target.body());
            }
        }
        String path = target.template()
                .replace("{id}", target.template().contains("/requests/") ? String.valueOf(requestId)
                        : target.template().contains("/bookings/") ? String.valueOf(bookingId) : String.valueOf(eventId))
                .replace("{eventId}", String.valueOf(eventId))
                .replace("{messageId}", String.valueOf(messageId))
                .replace("{structureRef}", "S07")
                .replace("{ref}", target.victim() == Victim.STRUCTURE ? "S07" : "B01");
        return request.request(target.method(), path);
    }

    private String api(String rest) {
        return "/api/events/" + eventId + rest;
    }

    private static Map<String, String> tokens(Response imported) {
        List<Map<String, String>> list = imported.jsonPath().getList("tokens");
        return list.stream().collect(Collectors.toMap(t -> t.get("ref"), t -> t.get("token")));
    }

    private static String pathOf(Path path) {
        if (path == null) {
            return "";
        }
        String value = path.value();
        return value.startsWith("/") || value.isEmpty() ? value : "/" + value;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return "?";
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
