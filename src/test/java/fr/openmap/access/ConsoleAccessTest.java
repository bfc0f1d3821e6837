package fr.openmap.access;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every console page and action, found by scanning the endpoints, is for organizers only: without a
 * session a browser is sent to the sign-in form and a client gets 401; a participant's token gets 403.
 * Nothing changes. Only the sign-in form, the front door and the language switch are open.
 */
@QuarkusTest
class ConsoleAccessTest {

    @Test
    void everyConsoleEndpointIsForOrganizersOnly() throws Exception {
        long eventId = TestEvents.importExample();
        String token = TestEvents.tokenOf(TestEvents.importEvent(TestEvents.example()), "B01");
        String before = organizer().get("/api/events/" + eventId + "/export").asString();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        List<String> paths = new ArrayList<>();
        for (Method m : EndpointRulesTest.endpoints()) {
            String path = path(m);
            if (path.startsWith("/api")) {
                continue; // AccessMatrixTest
            }
            boolean open = m.getDeclaringClass().isAnnotationPresent(PermitAll.class) || m.isAnnotationPresent(PermitAll.class);
            if (open) {
                // the personal pages (/p/…) and the events' public pages (/e/{slug}…: PublicRegistrationTest)
                if (!List.of("/", "/login", "/language/{code}").contains(path) && !path.startsWith("/p/")
                        && !path.startsWith("/e/{slug}")) {
                    wrong.add(path + " is open to anybody");
                }
                continue;
            }
            if (path.startsWith("/p/") || path.startsWith("/review/")) {
                continue; // the personal pages: PersonalPageTest; the committee's review pages: the test below
            }
            String method = httpMethod(m);
            String url = path.replace("{id}", String.valueOf(eventId)).replace("{ref}", "B01").replace("{memberId}", "1")
                    .replace("{code}", "ABCDEFGH");
            Response browser = request(method, path).accept("text/html,*/*;q=0.8").request(method, url);
            if (browser.statusCode() != 303 || !browser.header("Location").endsWith("/login")) {
                wrong.add(method + " " + path + " without a session, from a browser → " + browser.statusCode());
            }
            Response client = request(method, path).accept("*/*").request(method, url);
            if (client.statusCode() != 401) {
                wrong.add(method + " " + path + " without credentials → " + client.statusCode());
            }
            Response participant = request(method, path).header("Authorization", "Bearer " + token)
                    .accept("*/*").request(method, url);
            if (participant.statusCode() != 403) {
                wrong.add(method + " " + path + " with a participant's token → " + participant.statusCode());
            }
            checked++;
            paths.add(path);
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 15, checked + " console endpoints");
        assertTrue(paths.contains("/console/events/{id}/print"), "the printing page is among them: " + paths);
        assertTrue(paths.containsAll(List.of("/console/events/{id}/day", "/console/events/{id}/day/check-in/{code}",
                "/console/events/{id}/day/arrived", "/console/events/{id}/day/staff-link", "/console/events/{id}/day/replace",
                "/console/events/{id}/day/absent-all", "/console/events/{id}/day/held")), "the day pages are among them: " + paths);
        assertTrue(paths.containsAll(List.of("/console/events/{id}/as/{ref}", "/console/events/{id}/as/{ref}/profile",
                "/console/events/{id}/as/{ref}/catalogue", "/console/events/{id}/as/{ref}/booking",
                "/console/events/{id}/as/{ref}/pitch")), "every page of 'voir comme' is among them: " + paths);
        assertEquals(before, organizer().get("/api/events/" + eventId + "/export").asString(), "the event changed");
    }

    /**
     * Every review page and action, found by scanning, is for the committee member it belongs to: without a
     * session, with the organizer's credentials or with a participant's token, it is "this link is not valid"
     * (a page in French, 404), never the sign-in form or someone's data. Nothing changes.
     */
    @Test
    void everyReviewPageIsForItsCommitteeMemberOnly() throws Exception {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        String token = TestEvents.tokenOf(imported, "S07");
        String before = organizer().get("/api/events/" + eventId + "/export").asString();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Method m : EndpointRulesTest.endpoints()) {
            String path = path(m);
            if (!path.startsWith("/review/")) {
                continue;
            }
            String method = httpMethod(m);
            String url = path.replace("{eventId}", String.valueOf(eventId)).replace("{reviewerId}", "1").replace("{ref}", "S07");
            List<io.restassured.specification.RequestSpecification> intruders = List.of(
                    request(method, path).accept("text/html"),
                    request(method, path).accept("text/html").auth().preemptive().basic(fr.openmap.web.console.ConsoleBrowser.USER,
                            fr.openmap.web.console.ConsoleBrowser.PASSWORD),
                    request(method, path).accept("text/html").header("Authorization", "Bearer " + token));
            for (int i = 0; i < intruders.size(); i++) {
                Response answer = intruders.get(i).request(method, url);
                if (answer.statusCode() != 404 || !answer.asString().contains("<html lang=\"fr\"")) {
                    wrong.add(method + " " + path + " by intruder " + i + " → " + answer.statusCode());
                }
            }
            checked++;
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 6, checked + " review endpoints");
        assertEquals(before, organizer().get("/api/events/" + eventId + "/export").asString(), "the event changed");
    }

    /** As a browser would send it: a form for a POST (the import's with a file). */
    private static io.restassured.specification.RequestSpecification request(String method, String path) {
        var request = given().redirects().follow(false);
        if (method.equals("POST")) {
            return path.endsWith("/import") ? request.multiPart("file", "event.json", "{}".getBytes())
                    : request.contentType("application/x-www-form-urlencoded").formParam("x", "y");
        }
        return request;
    }

    private static String path(Method m) {
        return (pathOf(m.getDeclaringClass().getAnnotation(Path.class)) + pathOf(m.getAnnotation(Path.class)))
                .replaceAll("/+$", "").replaceAll("^$", "/");
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
        return "GET";
    }
}
