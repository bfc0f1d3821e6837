package fr.openmap.web.console.participants;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organizer approves one waiting registration and refuses another with a reason; each participant is emailed once. */
@QuarkusTest
class ApprovalsPageTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    OutboxDispatcher dispatcher;

    static WebDriver browser;
    GreenMail greenMail;
    long eventId;

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
        greenMail = MailTests.greenMail();
        MailTests.clearOutbox();
        Map<String, Object> file = TestEvents.example();
        TestEvents.list(file, "buyers").get(8).put("approval", "PENDING"); // B09
        TestEvents.list(file, "structures").get(20).put("approval", "PENDING"); // S21
        eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    private String approval(String kind, String ref) {
        return organizer().get("/api/events/" + eventId + "/" + kind + "/" + ref).jsonPath().getString("approval");
    }

    private String text(By what) {
        return browser.findElement(what).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theOrganizerApprovesOneAndRefusesOneWithAReasonAndEachIsEmailedOnce() {
        browser.get(root + "console/events/" + eventId);
        assertEquals("2", browser.findElement(By.id("pending")).getText());
        assertTrue(browser.findElement(By.id("public-page")).getAttribute("href").endsWith("/e/openmap-ess-2018-05-17")
                || browser.findElement(By.id("public-page")).getAttribute("href").contains("/e/"));
        clickAndWaitForNewPage(browser, By.id("approvals-link"));
        assertEquals("2 inscriptions attendent votre approbation.", text(By.id("pending-count")));
        assertEquals(2, browser.findElements(By.cssSelector("#pending tr.pending")).size());
        Axe.check(browser, "the registrations to approve");

        clickAndWaitForNewPage(browser, By.cssSelector("tr.pending[data-ref='B09'] button.approve"));
        assertEquals("Inscription de Université Paris Nanterre — Service des marchés approuvée : un courriel l'en informe.",
                text(By.id("notice")));
        assertEquals(null, approval("buyers", "B09"));
        assertEquals(List.of("S21"), browser.findElements(By.cssSelector("#pending tr.pending")).stream()
                .map(r -> r.getAttribute("data-ref")).toList());

        // no reason: refused next to the field, nothing changes
        clickAndWaitForNewPage(browser, By.cssSelector("tr.pending[data-ref='S21'] button.refuse"));
        assertTrue(text(By.id("reason-S21-problem")).contains("obligatoire"), text(By.id("reason-S21-problem")));
        assertEquals("true", browser.findElement(By.id("reason-S21")).getAttribute("aria-invalid"));
        assertEquals("PENDING", approval("structures", "S21"));
        Axe.check(browser, "a refusal without its reason");

        browser.findElement(By.id("reason-S21")).sendKeys("Votre activité ne correspond pas au thème de la matinale.");
        clickAndWaitForNewPage(browser, By.cssSelector("tr.pending[data-ref='S21'] button.refuse"));
        assertTrue(text(By.id("notice")).startsWith("Inscription de Boulangerie Coopérative du 18e refusée"), text(By.id("notice")));
        assertEquals("REFUSED", approval("structures", "S21"));
        assertEquals("Aucune inscription n'attend votre approbation.", text(By.id("pending-count")));

        MailTests.dispatchUntilSent(dispatcher, 2, Instant.now());
        assertEquals(Map.of("lea.lefevre@acheteur9.example.org", 1L, "contact21@structure21.example.org", 1L),
                MailTests.deliveries(greenMail));
        String refusal = MailTests.text(MailTests.byRecipient(greenMail).get("contact21@structure21.example.org"));
        assertTrue(refusal.contains("Votre activité ne correspond pas au thème de la matinale."), refusal);

        browser.get(root + "console/events/" + eventId);
        assertEquals("0", browser.findElement(By.id("pending")).getText());
    }
}
