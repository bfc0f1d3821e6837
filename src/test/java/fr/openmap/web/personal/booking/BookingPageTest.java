package fr.openmap.web.personal.booking;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A buyer books and cancels meetings in the grid below their personal page, in a real browser. */
@QuarkusTest
class BookingPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;
    long eventId;
    Response imported;

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
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
    }

    private void signInAs(String ref) {
        browser.get(root + "p/" + eventId + "/" + ref + "?token=" + TestEvents.tokenOf(imported, ref));
    }

    private WebElement row(String start) {
        return browser.findElement(By.cssSelector("#booking-grid tr.slot[data-start='" + start + "']"));
    }

    private List<Map<String, Object>> bookingsOf(String buyer) {
        return organizer().get("/api/events/" + eventId + "/bookings").jsonPath()
                .getList("findAll { it.buyer == '" + buyer + "' }");
    }

    @Test
    void aBuyerBooksAFreeSlotWithAnAcceptedStructureThenCancelsIt() {
        signInAs("B01");
        clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/booking']"));
        assertEquals(root + "p/" + eventId + "/B01/booking", browser.getCurrentUrl());
        assertEquals("Réserver vos rendez-vous", browser.findElement(By.tagName("h1")).getText());
        // in the personal space's frame, its navigation marking this page
        assertTrue(browser.findElement(By.cssSelector("#space-nav a[aria-current='page']")).getAttribute("href")
                .endsWith("/booking"));
        // 11:00–12:30 in slots of 10 minutes with 2 of changeover: 7 slots, all free
        assertEquals(7, browser.findElements(By.cssSelector("#booking-grid tr.slot")).size());
        assertEquals("libre", row("11:00").findElement(By.className("state")).getText());
        Select choice = new Select(row("11:00").findElement(By.tagName("select")));
        // only the structures of B01's accepted requests: S01 declined, S17 pending are not offered
        List<String> offered = choice.getOptions().stream().map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.containsAll(List.of("S05", "S07", "S09", "S20", "S21")), offered.toString());
        assertFalse(offered.contains("S01"));
        assertFalse(offered.contains("S17"));
        Axe.check(browser, "the booking grid");

        choice.selectByValue("S07");
        clickAndWaitForNewPage(browser, By.cssSelector("#booking-grid tr.slot[data-start='11:00'] button.book"));
        assertEquals("Rendez-vous réservé.", browser.findElement(By.id("notice")).getText());
        assertEquals("réservé", row("11:00").findElement(By.className("state")).getText());
        assertEquals("Planète Sésame 92", row("11:00").findElement(By.className("booked-with")).getText());
        List<Map<String, Object>> booked = bookingsOf("B01");
        assertEquals(1, booked.size());
        assertEquals("S07", booked.get(0).get("structure"));
        assertEquals("11:00", booked.get(0).get("start"));
        // S07 is booked now: no other slot offers it again
        assertFalse(new Select(row("11:12").findElement(By.tagName("select"))).getOptions().stream()
                .anyMatch(o -> "S07".equals(o.getAttribute("value"))));
        Axe.check(browser, "the booking grid after a booking");

        clickAndWaitForNewPage(browser, By.cssSelector("#booking-grid tr.slot[data-start='11:00'] button.cancel"));
        assertEquals("Réservation annulée.", browser.findElement(By.id("notice")).getText());
        assertEquals("libre", row("11:00").findElement(By.className("state")).getText());
        assertEquals(List.of(), bookingsOf("B01"));
    }

    @Test
    void aBookingTheRulesRefuseShowsItsFrenchSentenceAndNothingIsWritten() {
        signInAs("B01");
        browser.get(root + "p/" + eventId + "/B01/booking");
        new Select(row("11:12").findElement(By.tagName("select"))).selectByValue("S09");
        // meanwhile S09 (one representative) is booked with another buyer at that very slot
        organizer().body(Map.of("buyer", "B02", "structure", "S09", "start", "11:12"))
                .post("/api/events/" + eventId + "/bookings").then().statusCode(201);

        clickAndWaitForNewPage(browser, By.cssSelector("#booking-grid tr.slot[data-start='11:12'] button.book"));
        String refusal = browser.findElement(By.id("refusal")).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(refusal.startsWith("La réservation n'a pas été faite : la structure S09 a 1 représentant et a déjà un"
                + " rendez-vous à 11 h 12 (règle : structureOverbooked)"), refusal);
        assertEquals(List.of(), bookingsOf("B01"));
        // the sentence is in the row of the slot it concerns, and the slot's choice points to it
        assertEquals(1, row("11:12").findElements(By.id("refusal")).size());
        assertEquals("refusal", row("11:12").findElement(By.tagName("select")).getAttribute("aria-describedby"));
        // the grid shown with the refusal is fresh: S09 is no longer offered at 11:12
        assertFalse(new Select(row("11:12").findElement(By.tagName("select"))).getOptions().stream()
                .anyMatch(o -> "S09".equals(o.getAttribute("value"))));
        Axe.check(browser, "the booking grid with a refusal");
    }

    @Test
    void theGridIsTheBuyersOwnAndNotAStructuresPage() {
        signInAs("S07");
        browser.get(root + "p/" + eventId + "/S07/booking");
        assertEquals("Ce lien n'est pas valide ou a été renouvelé. Demandez un nouveau lien à l'organisateur.",
                browser.findElement(By.id("message")).getText());
        // another buyer's token does not open B01's grid, nor book in it
        String b02 = TestEvents.tokenOf(imported, "B02");
        given().header("Authorization", "Bearer " + b02).get("/p/" + eventId + "/B01/booking")
                .then().statusCode(404).body(containsString("Accès impossible"));
        given().get("/p/" + eventId + "/B01/booking").then().statusCode(404);
        assertEquals(List.of(), bookingsOf("B01"));
    }

    @Test
    void whenTheOrganizerUnticksBuyerBookingTheBuyersPageSaysSoInsteadOfTheGridAndItsNavigationHasNoBookingLink() {
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/edit");
        WebElement allowed = browser.findElement(By.id("registration.buyerBooking"));
        assertTrue(allowed.isSelected(), "buyers book by default");
        allowed.click();
        clickAndWaitForNewPage(browser, By.id("save"));
        assertEquals(Boolean.FALSE, organizer().get("/api/events/" + eventId + "/export").jsonPath()
                .get("event.registration.buyerBooking"));
        browser.get(root + "console/events/" + eventId + "/edit");
        assertFalse(browser.findElement(By.id("registration.buyerBooking")).isSelected(), "the form shows it stored");

        browser.manage().deleteAllCookies();
        signInAs("B01");
        List<String> nav = browser.findElements(By.cssSelector("#space-nav a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertFalse(nav.isEmpty());
        assertTrue(nav.stream().noneMatch(href -> href.contains("/booking")), nav.toString());
        browser.get(root + "p/" + eventId + "/B01/booking");
        assertEquals("L'organisateur ne permet pas aux acheteurs de réserver eux-mêmes des créneaux pour cet événement :"
                + " le planning place les rendez-vous des demandes acceptées.",
                browser.findElement(By.id("booking-closed")).getText().replace('\u00a0', ' '));
        assertTrue(browser.findElements(By.id("booking-grid")).isEmpty(), "no grid");
        Axe.check(browser, "the booking page when buyers do not book");
    }

    @Test
    void afterAcceptingARequestTheBuyersNavigationStillLeadsToTheBookingGridWithTheNewStructure() {
        signInAs("B01");
        long s17 = ((Number) organizer().get("/api/events/" + eventId + "/requests").jsonPath()
                .getList("findAll { it.from == 'S17' && it.to == 'B01' }.id").get(0)).longValue();
        clickAndWaitForNewPage(browser, By.cssSelector("tr.request[data-request='" + s17 + "'] button.accept"));
        assertTrue(browser.findElement(By.id("notice")).getText().startsWith("Demande acceptée."));
        clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/booking']"));
        assertEquals(root + "p/" + eventId + "/B01/booking", browser.getCurrentUrl());
        assertTrue(new Select(row("11:00").findElement(By.tagName("select"))).getOptions().stream()
                .anyMatch(o -> "S17".equals(o.getAttribute("value"))), "S17, just accepted, is offered");
    }
}
