package fr.openmap.web.review;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.pitch.Committees;
import fr.openmap.pitch.PitchReview;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A committee member scores in a real browser through the link in their email (GreenMail): the organizer adds
 * them on the console, the link arrives once, the token leaves the address, the scores count in the ranking;
 * then the organizer follows the progress and sends a reminder. axe-core checks every page on the way.
 */
@QuarkusTest
class ReviewPagesTest {

    private static final Pattern REVIEW_LINK = Pattern.compile("https?://[^/\\s]+(/review/\\d+/\\d+\\?token=[A-Za-z0-9_-]+)");

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
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        eventId = Committees.eventWithApplications(List.of("S01", "S02", "S03"));
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> MailTests.recipient(m).equals(address)).toList();
    }

    @Test
    void aMemberScoresThroughTheLinkInTheirEmail() {
        String reviewers = root + "console/events/" + eventId + "/pitch/reviewers";
        browser.get(reviewers);
        ConsoleBrowser.waitFor(browser, By.id("no-member"));
        Axe.check(browser, "the committee page without members");

        browser.findElement(By.id("name")).sendKeys("Alice Moreau");
        browser.findElement(By.id("email")).sendKeys("not an address");
        clickAndWaitForNewPage(browser, By.id("add-member"));
        assertTrue(text("email-problem").contains("n'est pas une adresse électronique valide"), text("email-problem"));
        assertEquals("Alice Moreau", browser.findElement(By.id("name")).getAttribute("value"));
        Axe.check(browser, "the committee page with a refused member");
        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("alice@gip.example.org");
        clickAndWaitForNewPage(browser, By.id("add-member"));
        assertEquals("Alice Moreau fait partie du comité ; son lien d'évaluation lui est envoyé par courriel.", text("notice"));
        assertEquals("0 évaluée sur 3", browser.findElement(By.cssSelector("tr.member .progress")).getText());
        Axe.check(browser, "the committee page with a member");

        // the email, sent once, with the personal link
        MailTests.dispatchUntilSent(dispatcher, 1, Instant.now());
        List<MimeMessage> mails = mailsTo("alice@gip.example.org");
        assertEquals(1, mails.size());
        assertTrue(MailTests.subject(mails.get(0)).startsWith("Comité de sélection des pitchs — "));
        Matcher link = REVIEW_LINK.matcher(MailTests.text(mails.get(0)));
        assertTrue(link.find(), MailTests.text(mails.get(0)));

        // the member opens it in a browser of their own: the token leaves the address
        browser.manage().deleteAllCookies();
        browser.get(root + link.group(1).substring(1));
        ConsoleBrowser.waitFor(browser, By.id("applications"));
        assertFalse(browser.getCurrentUrl().contains("token"), browser.getCurrentUrl());
        assertEquals("0 évaluée sur 3", text("progress"));
        Axe.check(browser, "the member's list of applications");

        clickAndWaitForNewPage(browser, By.cssSelector("tr.application[data-ref='S01'] a.open"));
        assertTrue(text("offer").startsWith("Plateaux-repas"), text("offer"));
        Axe.check(browser, "the scoring form");
        // saved with a criterion missing: the problem next to it, nothing stored
        browser.findElement(By.id("score-relevance-4")).click();
        clickAndWaitForNewPage(browser, By.id("save-review"));
        assertTrue(text("criterion-readiness-problem").contains("est obligatoire"), text("criterion-readiness-problem"));
        assertTrue(browser.findElement(By.id("score-relevance-4")).isSelected(), "what was chosen stays chosen");
        Axe.check(browser, "the scoring form with problems");
        browser.findElement(By.id("score-socialImpact-5")).click();
        browser.findElement(By.id("score-innovation-4")).click();
        browser.findElement(By.id("score-readiness-3")).click();
        browser.findElement(By.id("comment")).sendKeys("Offre solide, références publiques.");
        clickAndWaitForNewPage(browser, By.id("save-review"));
        assertTrue(text("notice").startsWith("Votre évaluation de "), text("notice"));
        assertEquals("Évaluée", browser.findElement(By.cssSelector("tr.application[data-ref='S01'] .state")).getText());
        assertEquals("1 évaluée sur 3", text("progress"));
        organizer().get("/api/events/" + eventId + "/pitch/ranking").then()
                .body("find { it.structure == 'S01' }.median", equalTo(4.0f))
                .body("find { it.structure == 'S01' }.reviews[0].reviewer", equalTo("Alice Moreau"));
        assertEquals("Offre solide, références publiques.", QuarkusTransaction.requiringNew().call(() ->
                PitchReview.<PitchReview>find("application.event.id = ?1", eventId).firstResult().comment));

        // editable until the selection: the form comes back with the scores given
        clickAndWaitForNewPage(browser, By.cssSelector("tr.application[data-ref='S01'] a.open"));
        assertTrue(browser.findElement(By.id("score-socialImpact-5")).isSelected());
        browser.findElement(By.id("score-readiness-5")).click();
        clickAndWaitForNewPage(browser, By.id("save-review"));
        organizer().get("/api/events/" + eventId + "/pitch/ranking").then()
                .body("find { it.structure == 'S01' }.median", equalTo(4.5f));

        MailTests.dispatchUntilSent(dispatcher, 1, Instant.now());
        assertEquals(1, mailsTo("alice@gip.example.org").size(), "the link arrives once");

        // the organizer follows the progress and reminds
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(reviewers);
        ConsoleBrowser.waitFor(browser, By.id("members"));
        assertEquals("1 évaluée sur 3", browser.findElement(By.cssSelector("tr.member .progress")).getText());
        clickAndWaitForNewPage(browser, By.id("prepare-reminder"));
        assertEquals("1 rappel sera envoyé :", text("remind-count"));
        assertEquals("Alice Moreau : 2 candidatures à évaluer", browser.findElement(By.cssSelector("#remind-list li")).getText());
        Axe.check(browser, "the reminder's confirmation");
        clickAndWaitForNewPage(browser, By.id("send-reminders"));
        assertEquals("1 rappel envoyé.", text("notice"));
        MailTests.dispatchUntilSent(dispatcher, 1, Instant.now());
        List<MimeMessage> reminder = mailsTo("alice@gip.example.org");
        assertEquals(2, reminder.size());
        assertTrue(REVIEW_LINK.matcher(MailTests.text(reminder.get(1))).find(), "the reminder carries the link");

        // the ranking shows the member's comment next to their score
        browser.get(root + "console/events/" + eventId + "/pitch");
        ConsoleBrowser.waitFor(browser, By.id("application-S01"));
        assertEquals("Alice Moreau : Offre solide, références publiques.",
                browser.findElement(By.cssSelector("#application-S01 .comments li")).getText());
    }

    @Test
    void anApplicationNotGivenToTheMemberIsRefusedInFrench() {
        long alice = Committees.addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        Committees.addMember(eventId, "Bruno Petit", "bruno@macs.example.org");
        Committees.consolePost("/console/events/" + eventId + "/pitch/reviewers/share",
                java.util.Map.of("mode", "per", "reviewersPerApplication", "1"));
        browser.manage().deleteAllCookies();
        browser.get(root + "review/" + eventId + "/" + alice + "?token=" + Committees.token(alice));
        ConsoleBrowser.waitFor(browser, By.id("applications"));
        List<String> given = browser.findElements(By.cssSelector("tr.application")).stream()
                .map((WebElement row) -> row.getAttribute("data-ref")).toList();
        assertEquals(List.of("S01", "S03"), given);
        browser.get(root + "review/" + eventId + "/" + alice + "/applications/S02");
        ConsoleBrowser.waitFor(browser, By.id("error-message"));
        assertEquals("Accès refusé", text("error-title"));
        assertEquals("cette candidature ne fait pas partie de celles qui vous sont confiées", text("error-message"));
        Axe.check(browser, "the refusal of an application not given");
        browser.get(root + "review/" + (eventId + 1000) + "/" + alice);
        ConsoleBrowser.waitFor(browser, By.id("error-message"));
        assertEquals("Lien non valide", text("error-title"));
        Axe.check(browser, "the invalid link page");
    }
}
