package fr.openmap.web.personal.held;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.clock.TestClock;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Did the meeting take place?" on a phone: a buyer and a structure answer for their meeting from their personal
 * pages (one corrects a mistake), and the organizer reads the counts per slot; on 17 May 2018 at 11 h 30 in Paris.
 */
@QuarkusTest
class MeetingHeldPageTest {

    static final Instant MID_MORNING = Instant.parse("2018-05-17T09:30:00Z");

    @TestHTTPResource("/")
    URL root;
    @Inject
    TestClock clock;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
        // a phone
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aBuyerAndAStructureSayOnAPhoneWhetherTheirMeetingTookPlaceAndTheOrganizerSeesItPerSlot() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        clock.set(MID_MORNING);
        List<TestTimetables.Meeting> ofB01 = meetings.stream().filter(m -> m.buyer().equals("B01"))
                .sorted(Comparator.comparing(TestTimetables.Meeting::start)).toList();
        TestTimetables.Meeting first = ofB01.get(0);
        String structure = first.structure();
        long begun = ofB01.stream().filter(m -> !m.start().isAfter(LocalTime.of(11, 30))).count();
        assertTrue(begun < ofB01.size(), "B01 has meetings still to come: " + ofB01);
        browser.get(root.toString());
        browser.manage().deleteAllCookies();

        // the buyer: only the meetings begun ask the question
        browser.get(root + "p/" + eventId + "/B01?token=" + TestEvents.tokenOf(imported, "B01"));
        ConsoleBrowser.waitFor(browser, By.id("meetings"));
        assertEquals(begun, browser.findElements(By.cssSelector("#meetings tr.held")).size());
        WebElement yes = browser.findElement(By.cssSelector("#held-" + structure + " button.held-yes"));
        assertEquals("Le rendez-vous a eu lieu", yes.getText());
        assertEquals("N'a pas eu lieu", browser.findElement(By.cssSelector("#held-" + structure + " button.held-no")).getText());
        assertTrue(text("#held-" + structure + " .held-question").endsWith("a-t-il eu lieu ?"), text("#held-" + structure + " .held-question"));
        assertOnScreen(yes);
        Axe.check(browser, "the personal page with meetings to say held");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#held-" + structure + " button.held-yes"));
        assertTrue(browser.getCurrentUrl().endsWith("/p/" + eventId + "/B01?held=" + structure + "#held-" + structure),
                browser.getCurrentUrl());
        assertEquals("C'est noté, merci. Vous avez indiqué que le rendez-vous a eu lieu.",
                text("#held-" + structure + " .held-answer"));
        assertEquals("Corriger : il n'a pas eu lieu", text("#held-" + structure + " button.held-change"));
        Axe.check(browser, "the personal page after an answer");

        // the structure says the contrary
        browser.get(root + "p/" + eventId + "/" + structure + "?token=" + TestEvents.tokenOf(imported, structure));
        ConsoleBrowser.waitFor(browser, By.id("held-B01"));
        assertOnScreen(browser.findElement(By.cssSelector("#held-B01 button.held-no")));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#held-B01 button.held-no"));
        assertEquals("C'est noté, merci. Vous avez indiqué que le rendez-vous n'a pas eu lieu.", text("#held-B01 .held-answer"));

        // the organizer, from the day page: contradictory answers, said so, in the first slot
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/day");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("held-link"));
        assertEquals("Rendez-vous tenus", browser.findElement(By.tagName("h1")).getText());
        String slot = "slot-2018-05-17-" + first.start().toString().replace(":", "");
        int inFirstSlot = (int) meetings.stream().filter(m -> m.start().equals(first.start())).count();
        assertEquals(List.of("0", "0", String.valueOf(inFirstSlot - 1), "1", String.valueOf(inFirstSlot)), counts(slot));
        WebElement row = browser.findElement(By.cssSelector("#" + slot + " tr[data-pair='B01/" + structure + "']"));
        assertEquals("a eu lieu", row.findElement(By.className("buyer-said")).getText());
        assertEquals("n'a pas eu lieu", row.findElement(By.className("structure-said")).getText());
        assertEquals("inconnu (avis contraires)", row.findElement(By.className("outcome")).getText());
        assertEquals("Région Île-de-France — Direction des achats", row.findElement(By.className("buyer")).getText());
        assertEquals("0 tenu sur " + meetings.size(), text("#total"));
        Axe.check(browser, "the meetings held, with contradictory answers");

        // the structure corrects its mistake (on its own, without the organizer's session): now held
        browser.manage().deleteAllCookies();
        browser.get(root + "p/" + eventId + "/" + structure + "?token=" + TestEvents.tokenOf(imported, structure));
        ConsoleBrowser.waitFor(browser, By.id("held-B01"));
        assertEquals("Corriger : il a eu lieu", text("#held-B01 button.held-change"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#held-B01 button.held-change"));
        assertEquals("C'est noté, merci. Vous avez indiqué que le rendez-vous a eu lieu.", text("#held-B01 .held-answer"));
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/day/held");
        assertEquals(List.of("1", "0", String.valueOf(inFirstSlot - 1), "0", String.valueOf(inFirstSlot)), counts(slot));
        assertEquals("1 tenu sur " + meetings.size(), text("#total"));
        assertEquals("tenu", text("#" + slot + " tr[data-pair='B01/" + structure + "'] .outcome"));

        // the organizer's read-only view of the buyer's space shows the answer, and no form
        browser.get(root + "console/events/" + eventId + "/as/B01");
        assertEquals("Vous avez indiqué que le rendez-vous a eu lieu.", text("#held-" + structure + " .held-answer"));
        assertTrue(browser.findElements(By.cssSelector("#meetings form")).isEmpty());
    }

    @Test
    void aMeetingNotBegunOrNotOnesOwnIsRefusedInWordsAndNothingIsWritten() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        clock.set(MID_MORNING);
        TestTimetables.Meeting last = meetings.stream().filter(m -> m.buyer().equals("B01"))
                .max(Comparator.comparing(TestTimetables.Meeting::start)).orElseThrow();
        String stranger = meetings.stream().map(TestTimetables.Meeting::structure)
                .filter(s -> meetings.stream().noneMatch(m -> m.buyer().equals("B01") && m.structure().equals(s)))
                .findFirst().orElseThrow();
        String token = TestEvents.tokenOf(imported, "B01");
        String csrf = organizer().get("/api/events").then().extract().cookie("csrf-token");

        assertEquals(409, refusal(post(eventId, token, csrf, last.structure(), "yes")).status());
        assertTrue(refusal(post(eventId, token, csrf, last.structure(), "yes")).body().contains(
                "Votre réponse n'a pas été enregistrée. Ce rendez-vous commence à"));
        assertTrue(refusal(post(eventId, token, csrf, last.structure(), "yes")).body().contains(
                "href=\"/p/" + eventId + "/B01?lang=en\""), "the language switch leads to the agenda, not to the form's address");
        Refusal notMine = refusal(post(eventId, token, csrf, stranger, "yes"));
        assertEquals(404, notMine.status());
        assertTrue(notMine.body().contains("Ce rendez-vous ne figure pas dans l'agenda qui vous a été envoyé."));
        Refusal neither = refusal(post(eventId, token, csrf, last.structure(), "maybe"));
        assertEquals(422, neither.status());
        assertTrue(neither.body().contains("Indiquez si le rendez-vous a eu lieu\u00a0: oui ou non."), neither.body());
        // without the form's CSRF token
        given().cookie("openmap-personal", token).contentType("application/x-www-form-urlencoded").redirects().follow(false)
                .formParam("with", meetings.stream().filter(m -> m.buyer().equals("B01")).findFirst().orElseThrow().structure())
                .formParam("held", "yes").post("/p/" + eventId + "/B01/held").then().statusCode(400);
        organizer().get("/api/events/" + eventId + "/day/held").then().statusCode(200)
                .body("total.held", org.hamcrest.Matchers.equalTo(0))
                .body("total.notHeld", org.hamcrest.Matchers.equalTo(0))
                .body("total.noAnswer", org.hamcrest.Matchers.equalTo(meetings.size()));

        // in English when asked, the buttons too
        given().cookie("openmap-personal", token).get("/p/" + eventId + "/B01?lang=en").then().statusCode(200)
                .body(containsString("The meeting took place")).body(containsString("It did not take place"));
    }

    private Response post(long eventId, String token, String csrf, String with, String held) {
        return given().cookie("openmap-personal", token).cookie("csrf-token", csrf).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                .formParam("with", with).formParam("held", held).post("/p/" + eventId + "/B01/held");
    }

    record Refusal(int status, String body) {
    }

    /** The page's status and text, its apostrophes as a person reads them. */
    private static Refusal refusal(Response answer) {
        return new Refusal(answer.statusCode(), answer.asString().replace("&#39;", "'"));
    }

    /** A slot's line of counts: held, not held, no answer, contradictory, all. */
    private List<String> counts(String slot) {
        return browser.findElements(By.cssSelector("#count-" + slot + " td")).stream().map(WebElement::getText).toList();
    }

    /** On a phone the button is in view without scrolling sideways. */
    private static void assertOnScreen(WebElement button) {
        long width = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).longValue();
        assertTrue(button.isDisplayed());
        assertTrue(button.getRect().getX() >= 0 && button.getRect().getX() + button.getRect().getWidth() <= width,
                "the button at " + button.getRect().getX() + "+" + button.getRect().getWidth() + " on a screen " + width + " wide");
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
