package fr.openmap.web.console.outbox;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.outbox.OutboxMessage.Status;
import fr.openmap.outbox.OutboxStore;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox page in a real browser, against a real SMTP server (GreenMail): failures, resends, UNCERTAIN, previews. */
@QuarkusTest
class OutboxPageTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxStore store;

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
        eventId = TestEvents.importExample();
        TestTimetables.fill(eventId, Set.of());
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    @AfterEach
    void serverBack() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    private void publish() {
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200).body("recipients", equalTo(30));
    }

    private List<OutboxMessage> messages() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("event.id = ?1 order by id", eventId));
    }

    private void open(String query) {
        browser.get(root + "console/events/" + eventId + "/outbox" + query);
        waitUntil(d -> !d.findElements(By.id("counts")).isEmpty());
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void failedMessagesAreExplainedAndResentOneThenAllOnceTheMailServerIsBack() {
        greenMail.stop(); // the SMTP server is down: three attempts (openmap.mail.max-attempts in tests), then FAILED
        publish();
        Instant now = Instant.now();
        for (int attempt = 1; attempt <= 3; attempt++) {
            dispatcher.dispatchDue(now.plus(Duration.ofHours(attempt)));
        }
        List<OutboxMessage> failed = messages();
        assertTrue(failed.stream().allMatch(m -> m.status == Status.FAILED), failed.get(0).status.name());

        open("");
        assertEquals("30", text("count-FAILED"));
        assertEquals("0", text("count-SENT"));
        OutboxMessage first = failed.get(0);
        WebElement row = browser.findElement(By.id("message-" + first.id));
        assertEquals("en échec", row.findElement(By.className("status")).getText());
        assertEquals("agenda", row.findElement(By.className("kind")).getText());
        assertEquals("3", row.findElement(By.className("attempts")).getText());
        assertTrue(row.findElement(By.className("problem-words")).getText().startsWith("Le serveur de courriel n'a pas pu être joint"),
                row.findElement(By.className("problem-words")).getText());
        assertEquals("Renvoyer les 30 messages en échec", text("resend-failed"));
        Axe.check(browser, "the outbox with failed messages");

        // the recipient search narrows the list as one types (htmx)
        browser.findElement(By.id("recipient")).sendKeys(first.recipientEmail);
        waitUntil(d -> text("shown").startsWith("1 "));
        assertEquals(1, browser.findElements(By.cssSelector("#messages tr.message")).size());

        greenMail.start();
        browser.findElement(By.cssSelector("#message-" + first.id + " a.resend")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-resend")).isEmpty());
        assertTrue(browser.findElements(By.id("uncertain-warning")).isEmpty(), "no duplicate warning for a failed message");
        assertEquals(1, messages().stream().filter(m -> m.recipientRef.equals(first.recipientRef)).count(), "nothing written yet");
        Axe.check(browser, "the resend confirmation");
        browser.findElement(By.id("confirm-resend")).click();
        waitUntil(d -> !d.findElements(By.id("notice")).isEmpty());
        OutboxMessage copy = messages().stream().filter(m -> m.recipientRef.equals(first.recipientRef) && !m.id.equals(first.id))
                .findFirst().orElseThrow();
        assertEquals("Message n° " + first.id + " renvoyé : sa copie, le message n° " + copy.id + ", partira sous peu.",
                text("notice").replace('\u00a0', ' '));
        assertEquals(1, MailTests.dispatchUntilSent(dispatcher, 1, Instant.now()));
        assertEquals(Map.of(first.recipientEmail, 1L), MailTests.deliveries(greenMail));

        open("");
        assertEquals("envoyé", browser.findElement(By.cssSelector("#message-" + copy.id + " .status")).getText());
        assertEquals("renvoyé : message n° " + copy.id,
                browser.findElement(By.cssSelector("#message-" + first.id + " .resent-as")).getText().replace('\u00a0', ' '));
        assertEquals("Renvoyer les 29 messages en échec", text("resend-failed"), "the one resent is not counted again");

        browser.findElement(By.id("resend-failed")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-resend-failed")).isEmpty());
        assertEquals(29, browser.findElements(By.cssSelector("#to-resend li")).size());
        assertEquals("Renvoyer 29 message(s)", text("confirm-resend-failed"));
        Axe.check(browser, "the confirmation of resending every failed message");
        browser.findElement(By.id("confirm-resend-failed")).click();
        waitUntil(d -> !d.findElements(By.id("notice")).isEmpty());
        assertEquals("29 message(s) en échec renvoyé(s) : leurs copies partiront sous peu.", text("notice").replace('\u00a0', ' '));
        assertEquals(29, MailTests.dispatchUntilSent(dispatcher, 29, Instant.now()));
        Map<String, Long> deliveries = MailTests.deliveries(greenMail);
        assertEquals(30, deliveries.size());
        assertTrue(deliveries.values().stream().allMatch(n -> n == 1), deliveries.toString());

        open("");
        assertEquals("30", text("count-SENT"));
        assertEquals("30", text("count-FAILED"), "the originals keep their history");
        assertTrue(browser.findElements(By.id("resend-failed")).isEmpty(), "nothing left to resend");
    }

    @Test
    void anUncertainMessageIsExplainedInPlainFrenchAndItsResendWarnsOfADuplicate() {
        publish();
        OutboxMessage m = messages().get(0);
        // the state a stop in the middle of the hand-off leaves, then the start-up's recovery
        store.claim(m.id, Instant.now()).orElseThrow();
        assertEquals(1, store.recoverInterrupted());

        open("?status=UNCERTAIN");
        assertEquals("1", text("count-UNCERTAIN"));
        assertEquals(1, browser.findElements(By.cssSelector("#messages tr.message")).size());
        String explanation = text("uncertain-explained");
        assertTrue(explanation.contains("le serveur l'a peut-être accepté, peut-être pas"), explanation);
        assertTrue(explanation.contains("il pourrait alors arriver deux fois"), explanation);
        WebElement row = browser.findElement(By.id("message-" + m.id));
        assertEquals("incertain", row.findElement(By.className("status")).getText());
        assertTrue(row.findElement(By.className("problem-words")).getText().startsWith("Le service s'est arrêté pendant la remise de ce message"));
        Axe.check(browser, "the outbox with an uncertain message");
        browser.findElement(By.id("language-switch")).click();
        waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("The event's emails"));
        assertTrue(text("uncertain-explained").contains("that could deliver it twice"), text("uncertain-explained"));
        browser.findElement(By.id("language-switch")).click();
        waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Courriels de l'événement"));
        row = browser.findElement(By.id("message-" + m.id));

        row.findElement(By.cssSelector("a.resend")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-resend")).isEmpty());
        assertTrue(text("uncertain-warning").contains("il pourra le recevoir en double"), text("uncertain-warning"));
        assertEquals("Renvoyer quand même, au risque d'un doublon", text("confirm-resend"));
        browser.findElement(By.id("confirm-resend")).click();
        waitUntil(d -> !d.findElements(By.id("notice")).isEmpty());
        assertEquals(31, messages().size());
        assertEquals(Status.UNCERTAIN, messages().get(0).status, "the original keeps its history");
    }

    @Test
    void aMessagesPreviewShowsItsTextWithThePersonalLinkMasked() {
        publish();
        OutboxMessage m = messages().get(0);
        open("");
        browser.findElement(By.cssSelector("#message-" + m.id + " a.preview")).click();
        waitUntil(d -> !d.findElements(By.id("text")).isEmpty());
        String text = text("text");
        assertTrue(text.contains("/p/" + eventId + "/" + m.recipientRef + "?token=********"), text);
        assertEquals(m.subject, text("subject"));
        assertFalse(text.contains("token=" + "0"), "no token shown");
        Axe.check(browser, "a message's preview");

        browser.get(root + "console/events/" + eventId + "/outbox/resend?message=999999");
        waitUntil(d -> !d.findElements(By.id("refusal")).isEmpty());
        assertEquals("Rien n'a été changé : aucun message 999999 dans la boîte d'envoi de l'événement " + eventId,
                text("refusal").replace('\u00a0', ' '));
    }

    /** Every kind of email the service writes is named in words on the page, in French and in English. */
    @Test
    void everyKindOfEmailHasItsWords() {
        List<String> kinds = List.of(fr.openmap.agenda.AgendaMail.AGENDA, fr.openmap.agenda.AgendaMail.AGENDA_CHANGED,
                fr.openmap.pitch.PitchMails.SELECTED, fr.openmap.pitch.PitchMails.WAITLISTED,
                fr.openmap.pitch.PitchMails.NOT_SELECTED, fr.openmap.pitch.PitchMails.PROMOTED,
                fr.openmap.signup.SignupMails.REGISTERED, fr.openmap.signup.SignupMails.YOUR_LINK,
                fr.openmap.signup.SignupMails.APPROVED, fr.openmap.signup.SignupMails.REFUSED,
                fr.openmap.digest.DigestMails.DIGEST, fr.openmap.pitch.CommitteeMails.INVITATION,
                fr.openmap.pitch.CommitteeMails.REMINDER);
        for (fr.openmap.i18n.Language language : fr.openmap.i18n.Language.values()) {
            OutboxPages words = language.messages(OutboxPages.class);
            for (String kind : kinds) {
                assertNotEquals(kind, OutboxPage.kind(kind, words), kind + " in " + language);
            }
        }
        assertEquals("résumé des demandes", OutboxPage.kind(fr.openmap.digest.DigestMails.DIGEST,
                fr.openmap.i18n.Language.FR.messages(OutboxPages.class)));
    }

}
