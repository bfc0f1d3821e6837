package fr.openmap.web.console.day;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.day.CheckInCodes;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome desk in a real browser: search, the badge's code, mark arrived, undo, and the counts. */
@QuarkusTest
class DayPageTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    CheckInCodes codes;

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
    void aParticipantFoundByNameOrByTheBadgeCodeIsMarkedArrivedAndUndoneAndTheCountsFollow() {
        long eventId = TestEvents.importExample();
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of("S21"));
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        Set<String> withMeetings = new HashSet<>();
        meetings.forEach(m -> {
            withMeetings.add(m.buyer());
            withMeetings.add(m.structure());
        });
        int expected = withMeetings.size();
        assertTrue(expected < 30, "someone has no meeting: " + expected);

        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/day");
        ConsoleBrowser.waitFor(browser, By.id("counts"));
        assertEquals("Accueil le jour J", browser.findElement(By.tagName("h1")).getText());
        assertEquals("0 arrivé(s) sur " + expected, text("#count-expected"));
        assertEquals("0 arrivé(s) sur 30", text("#count-everyone"));
        Axe.check(browser, "the welcome desk before anyone arrived");

        // by name, accents and capitals aside
        browser.findElement(By.id("q")).sendKeys("baluchon");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("search"));
        assertEquals(1, browser.findElements(By.cssSelector("#participants tbody tr")).size());
        assertEquals("Baluchon", text("#participant-S01 .name"));
        assertEquals("Pas encore arrivé(e)", text("#participant-S01 .arrival"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("arrived-S01"));
        assertEquals("Baluchon est marqué(e) arrivé(e).", text("#notice"));
        assertTrue(text("#participant-S01 .arrival").startsWith("Arrivé(e) à "), text("#participant-S01 .arrival"));
        assertEquals("1 arrivé(s) sur " + expected, text("#count-expected"));
        assertEquals("1 arrivé(s) sur 30", text("#count-everyone"));
        Axe.check(browser, "the welcome desk with a participant arrived");

        // a mistake is undone
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("undo-S01"));
        assertEquals("L'arrivée de Baluchon est annulée.", text("#notice"));
        assertEquals("Pas encore arrivé(e)", text("#participant-S01 .arrival"));
        assertEquals("0 arrivé(s) sur 30", text("#count-everyone"));

        // absent: each of their meetings is flagged as freed, with the partner left alone; undone, none
        long ofS01 = meetings.stream().filter(m -> m.structure().equals("S01")).count();
        assertTrue(ofS01 > 0, "S01 has meetings");
        assertTrue(browser.findElements(By.id("freed")).isEmpty(), "nothing freed yet");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("absent-S01"));
        assertEquals("Baluchon est marqué(e) absent(e) ; ses rendez-vous sont signalés ci-dessous.", text("#notice"));
        assertEquals("Absent(e)", text("#participant-S01 .arrival"));
        assertEquals(ofS01, browser.findElements(By.cssSelector("#freed-meetings tr.freed-S01")).size());
        assertEquals(ofS01, browser.findElements(By.cssSelector("#freed-meetings tbody tr")).size(), "only S01's");
        Axe.check(browser, "the welcome desk with an absent participant");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("present-S01"));
        assertEquals("L'absence de Baluchon est annulée.", text("#notice"));
        assertTrue(browser.findElements(By.id("freed")).isEmpty(), "the absence undone frees nothing");

        // the code under the badge's QR, typed in small letters, opens the same check-in as the QR link
        String code = codes.codeOf(eventId, "B01");
        browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("open-code"));
        assertTrue(browser.getCurrentUrl().endsWith("/day/check-in/" + code.toLowerCase()), browser.getCurrentUrl());
        assertEquals("Région Île-de-France — Direction des achats", text("#participant-B01 .name"));
        assertEquals("0 arrivé(s) sur 30", text("#count-everyone"), "opening the check-in changes nothing");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("arrived-B01"));
        assertEquals("Région Île-de-France — Direction des achats est marqué(e) arrivé(e).", text("#notice"));
        assertEquals("1 arrivé(s) sur " + expected, text("#count-expected"));

        // a wrong code is said next to its field
        browser.get(root + "console/events/" + eventId + "/day/check-in/ZZZZZZZZ");
        ConsoleBrowser.waitFor(browser, By.id("code-problem"));
        assertEquals("Aucun participant de cette matinale n'a le code ZZZZZZZZ.", text("#code-problem"));
        assertEquals("code-problem", browser.findElement(By.id("code")).getAttribute("aria-describedby"));
        Axe.check(browser, "the welcome desk with an unknown code");

        // the organizer creates the desk's link; with it, someone without an account checks people in
        browser.get(root + "console/events/" + eventId + "/day");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("create-staff-link"));
        String link = text("#staff-link-url");
        assertTrue(link.contains("/console/events/" + eventId + "/day?staff="), link);
        Axe.check(browser, "the welcome desk with its link");
        browser.manage().deleteAllCookies();
        browser.get(link.replaceFirst("^https?://[^/]+/", root.toString()));
        ConsoleBrowser.waitFor(browser, By.id("counts"));
        assertTrue(browser.getCurrentUrl().endsWith("/console/events/" + eventId + "/day"), "the token left the address");
        assertTrue(browser.findElements(By.id("staff-link")).isEmpty(), "the desk does not manage its link");
        browser.findElement(By.id("q")).sendKeys("BALUCHON");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("search"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("arrived-S01"));
        assertEquals("Baluchon est marqué(e) arrivé(e).", text("#notice"));
        assertEquals("2 arrivé(s) sur 30", text("#count-everyone"));
        Axe.check(browser, "the welcome desk opened by its link");
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
