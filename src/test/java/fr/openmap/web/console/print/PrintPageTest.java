package fr.openmap.web.console.print;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.print.PdfPages;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printing page in a real browser: each document with what it holds, or why it cannot be printed yet. */
@QuarkusTest
class PrintPageTest {

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
    void eachDocumentSaysWhatItHoldsOrWhyNotYetAndTheBookletDownloadsWithTheConsoleSession() {
        long eventId = TestEvents.importExample();
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);

        open(eventId);
        assertEquals("Documents à imprimer", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Rien à imprimer pour l'instant : le planning n'est pas encore construit.",
                text("#document-booklet .refusal"));
        assertTrue(browser.findElements(By.cssSelector("#document-booklet a")).isEmpty(), "no link to an empty booklet");
        assertEquals("30 pages", text("#document-badges .size"));
        assertEquals("6 pitches", text("#document-running-order .size"));
        Axe.check(browser, "the printing page before the timetable");

        TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        TestTimetables.Meeting moved = TestTimetables.meetings(eventId).get(0);
        TestTimetables.remove(eventId, moved.buyer(), moved.structure());
        open(eventId);
        assertEquals("30 pages", text("#document-booklet .size"));
        assertEquals("9 pages", text("#document-table-signs .size"));
        assertEquals("9 tables × 7 créneaux", text("#document-wall-chart .size"));
        assertTrue(text("#document-booklet .holds").startsWith("l'agenda de chaque participant, un par page"));
        assertTrue(text("#changed-since").startsWith("Le planning a changé depuis l'envoi des agendas : "
                + "2 agenda(s) modifié(s), 0 jamais envoyé(s)."), text("#changed-since"));
        assertEquals(30, browser.findElements(By.cssSelector("#single-agendas a")).size());
        assertEquals("Agenda de Région Île-de-France — Direction des achats (PDF)", text("#agenda-B01"));
        Axe.check(browser, "the printing page after the agendas were sent");

        // the link is the API's, which takes the console's session as it is
        String href = browser.findElement(By.cssSelector("#document-booklet a")).getAttribute("href");
        Cookie session = browser.manage().getCookieNamed("openmap-console");
        byte[] booklet = given().cookie(session.getName(), session.getValue()).get(href).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PdfPages pages = new PdfPages(booklet)) {
            assertEquals(30, pages.count());
        }
    }

    private void open(long eventId) {
        browser.get(root + "console/events/" + eventId + "/print");
        ConsoleBrowser.waitFor(browser, By.id("documents"));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
