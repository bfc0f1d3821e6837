package fr.openmap.web.console.pitch;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ranking and selection page in a real browser: places already taken, a tie settled on the page, the counts confirmed. */
@QuarkusTest
@Tag("persistence")
class PitchPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;

    long eventId;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    /**
     * S01 and S02 hold places from the file (no application); S03-S09 apply and are reviewed so that S06 and S07
     * tie at 3.5 across the 4th and last free place.
     */
    @BeforeEach
    void setUp() {
        Map<String, Object> file = TestEvents.example();
        TestEvents.list(file, "structures").stream().filter(s -> !List.of("S01", "S02").contains(s.get("ref")))
                .forEach(s -> s.remove("pitch"));
        eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(7).toString()))
                .put(api("/call")).then().statusCode(200);
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        scores.put("S03", List.of(5, 5, 5, 5));
        scores.put("S04", List.of(5, 5, 5, 4));
        scores.put("S05", List.of(5, 5, 4, 4));
        scores.put("S06", List.of(4, 4, 3, 3));
        scores.put("S07", List.of(4, 3, 4, 3));
        scores.put("S08", List.of(3, 3, 3, 3));
        scores.put("S09", List.of(2, 2, 2, 2));
        scores.forEach((ref, given) -> {
            organizer().body(Map.of("structure", ref, "presentation", "Entreprise d'insertion", "offer", "Traiteur",
                    "socialImpact", "12 salariés en insertion")).post(api("/applications")).then().statusCode(201);
            organizer().body(Map.of("structure", ref, "reviewer", "Alice", "scores", Map.of("relevance", given.get(0),
                    "socialImpact", given.get(1), "innovation", given.get(2), "readiness", given.get(3))))
                    .post(api("/reviews")).then().statusCode(201);
        });
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    @Test
    void theOrganizerSettlesATieOnThePageAndConfirmsTheCountsWithThePlacesAlreadyTakenLeftAlone() {
        browser.get(root + "console/events/" + eventId + "/pitch");
        assertEquals("6 places de pitch, dont 2 déjà prises hors candidature (import ou fiche de la structure) : 4 à pourvoir.",
                text("places"));
        assertEquals(7, browser.findElements(By.cssSelector("#ranking tr.application")).size());
        assertEquals("3,5", browser.findElement(By.cssSelector("#application-S06 .median")).getText());
        assertEquals("4", browser.findElement(By.cssSelector("#application-S06 .rank")).getText());
        assertEquals("4", browser.findElement(By.cssSelector("#application-S07 .rank")).getText(), "a tie shares its rank");
        assertEquals("4", browser.findElement(By.id("select")).getAttribute("value"));
        assertEquals("1", browser.findElement(By.id("waitlist")).getAttribute("value"));
        Axe.check(browser, "the ranking and selection page");

        // a word in a number field comes back next to it
        browser.findElement(By.id("select")).clear();
        browser.findElement(By.id("select")).sendKeys("quatre");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("prepare"));
        assertTrue(text("select-problem").endsWith("Doit être un nombre entier."), text("select-problem"));
        browser.findElement(By.id("select")).clear();
        browser.findElement(By.id("select")).sendKeys("4");
        browser.findElement(By.id("reason")).sendKeys("comité du 3 mai");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("prepare"));

        // the tie is shown, not broken
        assertTrue(text("tie").startsWith("2 candidatures ont la même médiane (3,5) de part et d'autre de la limite « retenue / liste d'attente »"),
                text("tie"));
        Axe.check(browser, "the tie to settle");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("settle"));
        assertTrue(text("tie-problem").endsWith("Choisissez exactement 1 structure(s) parmi celles à égalité."), text("tie-problem"));
        browser.findElement(By.id("chosen-S07")).click();
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("settle"));

        // the counts, then the confirmation writes it
        assertEquals("4 structure(s) seront retenue(s), 1 mise(s) en liste d'attente, 2 non retenue(s).", text("counts"));
        assertEquals("Sur liste d'attente", browser.findElement(By.cssSelector("#outcome-S06 .status")).getText());
        assertEquals("Retenue", browser.findElement(By.cssSelector("#outcome-S07 .status")).getText());
        Axe.check(browser, "the selection to confirm");
        organizer().get(api("/applications")).then().body("find { it.structure == 'S07' }.status", equalTo("APPLIED"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("confirm-selection"));

        assertEquals("Sélection enregistrée : 4 retenue(s), 1 en liste d'attente, 2 non retenue(s).", text("notice"));
        assertEquals("Retenue", browser.findElement(By.cssSelector("#application-S07 .status")).getText());
        assertEquals("Sur liste d'attente", browser.findElement(By.cssSelector("#application-S06 .status")).getText());
        organizer().get(api("/audit")).then()
                .body("find { it.structure == 'S07' && it.to == 'SELECTED' }.reason",
                        equalTo("selection: rank 6, median 3.5, tie settled by the organizer; comité du 3 mai"));
        organizer().get(api("/running-order")).then()
                .body("pitches.structure", equalTo(List.of("S01", "S02", "S03", "S04", "S05", "S07")))
                .body("pitches[0].start", equalTo("10:15")).body("pitches[1].start", equalTo("10:22"));
        assertTrue(text("selection-state").contains("Vous pouvez la refaire"), text("selection-state"));
    }

    @Test
    void theRunningOrderIsReorderedUntilTheNotificationsAreSentOnceWithTheirCountConfirmed() {
        organizer().body(Map.of("tieBreak", List.of("S07"))).post(api("/selection")).then().statusCode(200);
        browser.get(root + "console/events/" + eventId + "/pitch/running-order");
        assertEquals(List.of("S01", "S02", "S03", "S04", "S05", "S07"), refs("#running-order tr.pitch"));
        assertEquals("10 h 52 – 11 h 00", browser.findElement(By.cssSelector("#pitch-S07 .time")).getText());
        Axe.check(browser, "the running order");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("up-S07"));
        assertEquals(List.of("S01", "S02", "S03", "S04", "S07", "S05"), refs("#running-order tr.pitch"));
        assertEquals("10 h 45 – 10 h 52", browser.findElement(By.cssSelector("#pitch-S07 .time")).getText());
        assertEquals("10 h 15 – 10 h 22", browser.findElement(By.cssSelector("#pitch-S01 .time")).getText());
        organizer().get(api("/running-order")).then().body("pitches[4].structure", equalTo("S07"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("print-link"));
        assertEquals(List.of("S01", "S02", "S03", "S04", "S07", "S05"), refs("#running-order tbody tr"));
        Axe.check(browser, "the printable running order");

        // every message rendered before the send, the exact count confirmed
        browser.get(root + "console/events/" + eventId + "/pitch/notifications");
        assertEquals(7, browser.findElements(By.cssSelector("#messages tr.message")).size());
        assertEquals("Envoyer 7 messages", text("send"));
        Axe.check(browser, "the notifications to send");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#message-S07 a.preview"));
        assertTrue(text("text").contains("10 h 45"), text("text"));
        Axe.check(browser, "the preview of a notification");
        browser.get(root + "console/events/" + eventId + "/pitch/notifications");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("send"));
        assertEquals("7 messages seront envoyés.", text("change"));
        organizer().get(api("/notifications/preview")).then().body("size()", equalTo(7));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("confirm-send"));
        assertTrue(text("sent-count").startsWith("7 messages envoyés"), text("sent-count"));
        assertEquals("Aucun message à envoyer : chaque candidat connaît déjà son statut actuel.", text("nothing-to-send"));
        organizer().get(api("/notifications/preview")).then().body("size()", equalTo(0));

        // once told, the order holds and the selection cannot be redone
        browser.get(root + "console/events/" + eventId + "/pitch/running-order");
        assertTrue(browser.findElements(By.id("up-S05")).isEmpty());
        assertEquals("Les candidats ont été prévenus de leur horaire : l'ordre ne change plus.", text("locked"));
        browser.get(root + "console/events/" + eventId + "/pitch");
        assertTrue(browser.findElements(By.id("prepare")).isEmpty());
        assertTrue(text("selection-state").contains("les candidats ont été prévenus"), text("selection-state"));
    }

    private static List<String> refs(String rows) {
        return browser.findElements(By.cssSelector(rows)).stream()
                .map(r -> r.getAttribute("id").substring("pitch-".length())).toList();
    }

    private String api(String rest) {
        return "/api/events/" + eventId + "/pitch" + rest;
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
