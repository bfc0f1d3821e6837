package fr.openmap.web.personal;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.web.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The personal page linked from the agenda emails, in a real browser. */
@QuarkusTest
class PersonalPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;
    long eventId;
    Response imported;
    List<TestTimetables.Meeting> meetings;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void setUp() {
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
        meetings = TestTimetables.fill(eventId, Set.of());
        // the page shows the agenda as it was sent: send it
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
    }

    private String page(String ref, String token) {
        return root + "p/" + eventId + "/" + ref + "?token=" + token;
    }

    @Test
    void aBuyerSeesTheirAgendaInFrenchWithTablesAndCounterparts() {
        browser.get(page("B01", TestEvents.tokenOf(imported, "B01")));
        assertEquals("Région Île-de-France — Direction des achats", browser.findElement(By.tagName("h1")).getText());
        List<TestTimetables.Meeting> mine = meetings.stream().filter(m -> m.buyer().equals("B01")).toList();
        List<WebElement> rows = browser.findElements(By.cssSelector("#meetings tr.meeting"));
        assertEquals(mine.size(), rows.size());
        TestTimetables.Meeting first = mine.get(0);
        // French typography: "10 h 30"
        String frenchStart = first.start().getHour() + " h " + String.format("%02d", first.start().getMinute());
        assertTrue(rows.get(0).findElement(By.className("time")).getText().startsWith(frenchStart),
                rows.get(0).findElement(By.className("time")).getText());
        assertEquals("table " + first.table(), rows.get(0).findElement(By.className("table")).getText());
        assertTrue(browser.getPageSource().contains("Vos demandes de rendez-vous"));
    }

    @Test
    void aBuyerAcceptsARequestWithOneClick() {
        long requestId = organizer().body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        browser.get(page("B01", TestEvents.tokenOf(imported, "B01")));
        WebElement row = browser.findElement(By.cssSelector("tr.request[data-request='" + requestId + "']"));
        assertEquals("en attente de réponse", row.findElement(By.className("status")).getText());
        row.findElement(By.cssSelector("button.accept")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));

        assertEquals("Demande acceptée. Merci !", browser.findElement(By.id("notice")).getText());
        assertEquals("acceptée", browser.findElement(By.cssSelector("tr.request[data-request='" + requestId + "'] .status")).getText());
        organizer().get("/api/events/" + eventId + "/requests").then()
                .body("find { it.id == " + requestId + " }.status", org.hamcrest.Matchers.equalTo("ACCEPTED"));
    }

    @Test
    void aTooLongAnswerMessageIsShownNextToItsFieldWithWhatWasTypedAndNothingIsRecorded() {
        long requestId = organizer().body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        browser.get(page("B01", TestEvents.tokenOf(imported, "B01")));
        String tooLong = "Bonjour ".repeat(130);
        WebElement field = browser.findElement(By.id("message-" + requestId));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, tooLong);
        fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage(browser,
                By.cssSelector("tr.request[data-request='" + requestId + "'] button.accept"));

        WebElement problem = browser.findElement(By.id("message-" + requestId + "-problem"));
        assertTrue(problem.getText().contains("1000"), problem.getText());
        assertEquals(problem.getAttribute("id"), browser.findElement(By.id("message-" + requestId)).getAttribute("aria-describedby"));
        assertEquals(tooLong, browser.findElement(By.id("message-" + requestId)).getAttribute("value"));
        assertTrue(browser.findElements(By.id("notice")).isEmpty(), "no refusal above the page");
        assertTrue(browser.findElement(By.id("language-switch")).getAttribute("href").endsWith("/p/" + eventId + "/B01?lang=en"),
                "the page shown at the form's POST-only address switches language to the home page, not to a 405");
        organizer().get("/api/events/" + eventId + "/requests").then()
                .body("find { it.id == " + requestId + " }.status", org.hamcrest.Matchers.equalTo("PENDING"));
        fr.openmap.web.Axe.check(browser, "the personal page with a refused answer");
    }

    @Test
    void aBuyerMayChangeTheirAnswerUntilTheOrganizerFreezesAnswers() {
        long requestId = organizer().body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        String row = "tr.request[data-request='" + requestId + "']";
        browser.get(page("B01", TestEvents.tokenOf(imported, "B01")));
        browser.findElement(By.cssSelector(row + " button.accept")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("notice")));
        // accepted: now only "Refuser" is offered
        assertTrue(browser.findElements(By.cssSelector(row + " button.accept")).isEmpty());
        assertEquals("Refuser", browser.findElement(By.cssSelector(row + " button.decline")).getText());

        // the organizer freezes answers while the page is open: the click is refused, in words, and nothing changes
        organizer().body(Map.of("at", "2018-05-16T18:00:00+02:00")).put("/api/events/" + eventId + "/answers-freeze")
                .then().statusCode(200);
        browser.findElement(By.cssSelector(row + " button.decline")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("notice"), "Votre réponse n'a pas été enregistrée"));
        assertEquals("acceptée", browser.findElement(By.cssSelector(row + " .status")).getText());
        assertTrue(browser.findElements(By.cssSelector(row + " button")).isEmpty());
        assertEquals("Les réponses aux demandes sont closes : pour tout changement, écrivez à l'organisateur.",
                browser.findElement(By.id("frozen")).getText());
        organizer().get("/api/events/" + eventId + "/requests").then()
                .body("find { it.id == " + requestId + " }.status", org.hamcrest.Matchers.equalTo("ACCEPTED"));
    }

    @Test
    void aStructureCannotAnswerARequestItMade() {
        // S07 asked B01 in the example: S07's page shows no answer buttons for it
        browser.get(page("S07", TestEvents.tokenOf(imported, "S07")));
        List<WebElement> rows = browser.findElements(By.cssSelector("tr.request"));
        assertTrue(rows.size() > 0);
        WebElement toB01 = rows.stream().filter(r -> r.getText().startsWith("Région Île-de-France")).findFirst().orElseThrow();
        // (it may withdraw it: that is its only button)
        assertTrue(toB01.findElements(By.cssSelector("button.accept, button.decline")).isEmpty());
    }

    @Test
    void aWrongOrForeignTokenGetsAFrenchRefusalAndNoData() {
        browser.get(page("B01", "not-a-token"));
        assertEquals("Ce lien n'est pas valide ou a été renouvelé. Demandez un nouveau lien à l'organisateur.",
                browser.findElement(By.id("message")).getText());
        browser.get(page("B01", TestEvents.tokenOf(imported, "B02")));
        assertTrue(browser.findElements(By.id("meetings")).isEmpty());
        assertTrue(browser.getPageSource().contains("Ce lien n'est pas valide"));
        given().redirects().follow(false).get("/p/" + eventId + "/B01?token=" + TestEvents.tokenOf(imported, "B02"))
                .then().statusCode(404).body(containsString("Accès impossible"));
        given().get("/p/" + eventId + "/B01").then().statusCode(404).body(containsString("Accès impossible"));
    }

    @Test
    void theLinkOpensASessionLimitedToTheParticipantsPagesAndLeavesTheAddress() {
        browser.get(page("B01", TestEvents.tokenOf(imported, "B01")));
        assertEquals(root + "p/" + eventId + "/B01", browser.getCurrentUrl());
        Cookie session = browser.manage().getCookieNamed("openmap-personal");
        assertTrue(session.isHttpOnly());
        assertEquals("/p/" + eventId + "/B01", session.getPath());
        assertEquals("Lax", session.getSameSite());
        // the session alone opens the page again, but not another participant's page
        browser.navigate().refresh();
        assertEquals("Région Île-de-France — Direction des achats", browser.findElement(By.tagName("h1")).getText());
        browser.get(root + "p/" + eventId + "/B02");
        assertTrue(browser.findElements(By.id("meetings")).isEmpty());
        assertEquals("Ce lien n'est pas valide ou a été renouvelé. Demandez un nouveau lien à l'organisateur.",
                browser.findElement(By.id("message")).getText());
    }

    @Test
    void theLinkIsRedirectedWithoutItsTokenAndPagesAreNeitherCachedNorFramed() {
        String token = TestEvents.tokenOf(imported, "B01");
        Response first = given().redirects().follow(false).get("/p/" + eventId + "/B01?lang=en&token=" + token);
        first.then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/p/" + eventId + "/B01?lang=en"));
        io.restassured.http.Cookie session = first.getDetailedCookie("openmap-personal");
        assertEquals(token, session.getValue());
        assertEquals("/p/" + eventId + "/B01", session.getPath());
        assertTrue(session.isHttpOnly());
        assertEquals("Lax", session.getSameSite());
        given().cookie("openmap-personal", token).get("/p/" + eventId + "/B01").then().statusCode(200)
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(org.hamcrest.Matchers.not(containsString(token)));
    }

    @Test
    void anAnswerWithoutTheFormsCsrfTokenChangesNothing() {
        long requestId = organizer().body(Map.of("from", "S08", "to", "B01", "priority", 1))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        given().cookie("openmap-personal", TestEvents.tokenOf(imported, "B01")).contentType("application/x-www-form-urlencoded")
                .formParam("lang", "fr").redirects().follow(false)
                .post("/p/" + eventId + "/B01/requests/" + requestId + "/accept").then().statusCode(400);
        organizer().get("/api/events/" + eventId + "/requests").then()
                .body("find { it.id == " + requestId + " }.status", org.hamcrest.Matchers.equalTo("PENDING"));
    }

    @Test
    void englishWhenAsked() {
        browser.get(page("B01", TestEvents.tokenOf(imported, "B01")) + "&lang=en");
        assertTrue(browser.getPageSource().contains("Your meeting requests"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }
}
