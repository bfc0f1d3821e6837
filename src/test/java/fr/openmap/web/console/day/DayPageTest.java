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
import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.clock.TestClock;
import fr.openmap.day.CheckIns;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebElement;
import java.time.Instant;
import java.util.Map;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome desk in a real browser: search, the badge's code, mark arrived, undo, and the counts. */
@QuarkusTest
class DayPageTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    CheckInCodes codes;
    @Inject
    TestClock clock;
    @Inject
    CheckIns checkIns;
    @Inject
    OutboxDispatcher dispatcher;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    /** The morning of the example event, before the meetings: they are all still to come. */
    @BeforeEach
    void morningOfTheEvent() {
        clock.set(java.time.LocalDateTime.of(2018, 5, 17, 8, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Issue #15's rehearsed morning: three expected participants have not come; "everyone not checked in" marks them
     * absent after confirming the count, replacements are proposed, one is confirmed in one click and mailed to
     * exactly the two people concerned, whose personal page shows it at once.
     */
    @Test
    void onARehearsedMorningThreeAbsentsAreReplacedAndOnlyThoseConcernedAreTold() {
        MailTests.clearOutbox();
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        TestTimetables.fill(eventId, Set.of(), 4);
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        GreenMail greenMail = MailTests.greenMail();
        assertEquals(30, MailTests.dispatchUntilSent(dispatcher, 30, Instant.now()));
        greenMail = MailTests.greenMail();
        List<CheckIns.Arrival> expected = checkIns.everyone(eventId).stream().filter(a -> a.meetings() > 0).toList();
        // S02, S03 and B02 do not come; everyone else is at the desk before 11:00
        Set<String> absent = Set.of("S02", "S03", "B02");
        expected.stream().filter(a -> !absent.contains(a.ref())).forEach(a -> checkIns.markArrived(eventId, a.ref()));

        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/day");
        ConsoleBrowser.waitFor(browser, By.id("absent-all-form"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('from').value = '11:00'");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("absent-all-prepare"));
        assertEquals("Marquer absents ceux qui ne sont pas arrivés", browser.findElement(By.tagName("h1")).getText());
        assertEquals(3, browser.findElements(By.cssSelector("#missing li")).size());
        assertTrue(text("#missing-count").startsWith("3 participant(s) attendu(s) ne sont pas arrivés"), text("#missing-count"));
        Axe.check(browser, "the confirmation of everyone not checked in");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("absent-all-confirm"));
        assertTrue(text("#notice").startsWith("3 participant(s) marqué(s) absent(s)"), text("#notice"));

        List<WebElement> offers = browser.findElements(By.cssSelector("#freed-meetings button.candidate"));
        assertFalse(offers.isEmpty(), "replacements are proposed");
        assertTrue(browser.findElements(By.cssSelector("#freed-meetings tbody tr")).stream()
                .allMatch(tr -> absent.stream().anyMatch(a -> tr.getAttribute("class").equals("freed-" + a))));
        Axe.check(browser, "the welcome desk with replacements proposed");

        // the first proposal of the first freed meeting that has one, in one click
        String id = offers.get(0).getAttribute("id"); // replace-{buyer}-{structure}-{replacement}
        String[] parts = id.split("-");
        String buyer = parts[1];
        String structure = parts[2];
        String replacement = parts[3];
        String partner = absent.contains(buyer) ? structure : buyer;
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id(id));
        assertTrue(text("#notice").startsWith("Le rendez-vous est donné à "), text("#notice"));
        assertTrue(browser.findElements(By.id("freed-" + buyer + "-" + structure)).isEmpty(), "no longer freed");

        assertEquals(2, MailTests.dispatchUntilSent(dispatcher, 2, Instant.now()));
        Map<String, Object> file = TestEvents.example();
        Map<String, String> emails = new java.util.HashMap<>();
        TestEvents.list(file, "buyers").forEach(b -> emails.put((String) b.get("ref"), (String) b.get("email")));
        TestEvents.list(file, "structures").forEach(st -> emails.put((String) st.get("ref"), (String) st.get("email")));
        assertEquals(Set.of(emails.get(partner), emails.get(replacement)), MailTests.byRecipient(greenMail).keySet(),
                "one email to each of the two concerned, nobody else");

        // the replacement's personal page shows the meeting at once (opened in the organizer's browser: the
        // participant's link wins over the console's session on their page)
        browser.get(root + "p/" + eventId + "/" + replacement + "?token=" + TestEvents.tokenOf(imported, replacement));
        ConsoleBrowser.waitFor(browser, By.id("meetings"));
        String partnerName = checkIns.everyone(eventId).stream().filter(a -> a.ref().equals(partner)).findFirst()
                .orElseThrow().name();
        String agenda = text("#meetings");
        assertTrue(agenda.contains(partnerName.split(" — ")[0]), "the partner in the replacement's agenda: " + agenda);
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

        // the organizer signs in on that device after the link was revoked: the old desk cookie does not stand in the way
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/day");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("revoke-staff-link"));
        browser.get(root + "console/events/" + eventId + "/day");
        ConsoleBrowser.waitFor(browser, By.id("staff-link"));
        assertEquals("Accueil le jour J", browser.findElement(By.tagName("h1")).getText());
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
