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
        assertEquals(List.of(), browser.findElements(By.cssSelector("a[href^='/p/'], #calendar")));
        // the navigation stays inside the read-only view
        List<String> nav = browser.findElements(By.cssSelector("#space-nav a")).stream()
                .map(l -> l.getDomAttribute("href")).toList();
        String view = "/console/events/" + eventId + "/as/B01";
        assertEquals(List.of(view, view + "/profile", view + "/catalogue", view + "/booking"), nav);
        Axe.check(browser, "a buyer's space seen by the organizer");
    }

    @Test
    void theOrganizerReadsEveryPageOfTheSpaceThroughItsNavigationAndNothingThereChangesAnything() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        String before = organizer().get("/api/events/" + eventId + "/export").asString();
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/as/B01");

        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/as/B01/profile']"));
        assertEquals("Région Île-de-France", browser.findElement(By.id("organization")).getDomProperty("value"));
        assertTrue(browser.findElement(By.id("organization")).findElements(By.xpath("ancestor::fieldset[@disabled]")).size() == 1
                && !browser.findElement(By.id("organization")).isEnabled(), "the fields are disabled");
        assertNothingToChange("the profile");

        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/as/B01/catalogue']"));
        assertTrue(browser.findElements(By.cssSelector("article.entry")).size() > 5, "the structures are listed");
        assertEquals(List.of(), browser.findElements(By.cssSelector("form[method='post'], form.ask, details")));
        assertReadOnly();
        Axe.check(browser, "the catalogue seen by the organizer");

        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/as/B01/booking']"));
        assertEquals(7, browser.findElements(By.cssSelector("#booking-grid tr.slot")).size());
        assertNothingToChange("the booking grid");

        // a structure's pitch page; a buyer has none, a structure no booking grid
        browser.get(root + "console/events/" + eventId + "/as/S07");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/as/S07/pitch']"));
        assertEquals("Candidater au pitch", browser.findElement(By.tagName("h1")).getText());
        assertNothingToChange("the pitch page");
        organizer().accept("text/html").get("/console/events/" + eventId + "/as/S07/booking").then().statusCode(404);
        organizer().accept("text/html").get("/console/events/" + eventId + "/as/B01/pitch").then().statusCode(404);

        // the space's own POSTs stay the participant's: the organizer's credentials change nothing there
        given().auth().preemptive().basic(ConsoleBrowser.USER, ConsoleBrowser.PASSWORD)
                .formParam("structure", "S07").formParam("start", "11:00")
                .post("/p/" + eventId + "/B01/booking").then().statusCode(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(303))));
        assertEquals(before, organizer().get("/api/events/" + eventId + "/export").asString(), "nothing changed");
    }

    private void assertNothingToChange(String what) {
        assertEquals(List.of(), browser.findElements(By.tagName("form")), what);
        assertEquals(List.of(), browser.findElements(By.tagName("button")), what);
        assertReadOnly();
        Axe.check(browser, what + " seen by the organizer");
    }

    private void assertReadOnly() {
        assertTrue(browser.findElement(By.id("read-only")).getText().startsWith("Vous voyez l'espace de "));
        assertEquals(List.of(), browser.findElements(By.cssSelector("a[href^='/p/']")));
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
