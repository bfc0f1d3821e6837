package fr.openmap.web.personal;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's "voir comme": a participant's space, read-only, for organizers only. */
@QuarkusTest
class ViewAsPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @Test
    void theOrganizerSeesABuyersSpaceReadOnlyFromTheBuyersList() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        // a request B01 could answer on their own page
        long requestId = organizer().body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");

        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/buyers");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("a.view-as[href$='/as/B01']"));

        assertTrue(browser.getCurrentUrl().endsWith("/console/events/" + eventId + "/as/B01"), browser.getCurrentUrl());
        assertEquals("Vous voyez l'espace de Région Île-de-France — Direction des achats en lecture seule : rien ici ne"
                + " change ses réponses ni ses demandes. Retour à la console", browser.findElement(By.id("read-only")).getText());
        assertEquals("/console/events/" + eventId + "/buyers",
                browser.findElement(By.id("back-to-console")).getDomAttribute("href"));
        assertEquals("Région Île-de-France — Direction des achats", browser.findElement(By.tagName("h1")).getText());
        long mine = meetings.stream().filter(m -> m.buyer().equals("B01")).count();
        assertTrue(mine > 0);
        assertEquals(mine, browser.findElements(By.cssSelector("#meetings tr.meeting")).size());
        WebElement request = browser.findElement(By.cssSelector("tr.request[data-request='" + requestId + "']"));
        assertEquals("en attente de réponse", request.findElement(By.className("status")).getText());
        // only B01's requests, and nothing that changes anything nor leads into the space
        List<WebElement> requests = browser.findElements(By.cssSelector("tr.request"));
        long b01Requests = organizer().get("/api/events/" + eventId + "/requests").jsonPath()
                .getList("findAll { it.from == 'B01' || it.to == 'B01' }").size();
        assertEquals(b01Requests, requests.size());
        assertEquals(List.of(), browser.findElements(By.tagName("form")));
        assertEquals(List.of(), browser.findElements(By.tagName("button")));
        assertEquals(List.of(), browser.findElements(By.cssSelector("a[href^='/p/'], #calendar, #space-nav a")));
        Axe.check(browser, "a buyer's space seen by the organizer");
    }

    @Test
    void aParticipantCannotOpenTheConsolesView() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        String token = TestEvents.tokenOf(imported, "B01");
        given().header("Authorization", "Bearer " + token).accept("*/*")
                .get(root + "console/events/" + eventId + "/as/B01").then().statusCode(403);
        given().header("Authorization", "Bearer " + token).accept("*/*")
                .get(root + "console/events/" + eventId + "/as/S01").then().statusCode(403);
        given().accept("*/*").get(root + "console/events/" + eventId + "/as/B01").then().statusCode(401);
        organizer().accept("text/html").get("/console/events/" + eventId + "/as/B01").then().statusCode(200);
        organizer().accept("text/html").get("/console/events/" + eventId + "/as/NOPE").then().statusCode(404);
    }
}
