package fr.openmap.web.console.agendas;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.AgendaMail;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agendas page in a real browser, against a real SMTP server (GreenMail): status, preview, the confirmed send. */
@QuarkusTest
@Tag("persistence")
class AgendasPageTest {

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
        eventId = TestEvents.importExample();
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    @Test
    void theSolvedExampleIsPreviewedMaskedThenSentOnceEachWithItsCountConfirmedAndASecondVisitHasNothingToSend()
            throws Exception {
        JsonPath timetable = TestEvents.solve(eventId, false);
        List<Map<String, Object>> meetings = timetable.getList("meetings");
        long withMeetings = meetings.stream().flatMap(m -> java.util.stream.Stream.of(m.get("buyer"), m.get("structure")))
                .distinct().count();

        open("");
        List<WebElement> rows = browser.findElements(By.cssSelector("#agendas tr.agenda"));
        assertEquals(30, rows.size());
        assertTrue(rows.stream().allMatch(r -> "NEW".equals(r.getAttribute("data-state"))));
        assertEquals("nouveau (jamais envoyé)", browser.findElement(By.cssSelector("#agenda-B01 .state")).getText());
        assertEquals("30 nouveau(x), 0 modifié(s), 0 inchangé(s) depuis le dernier envoi.", text("summary"));
        assertEquals("Envoyer 30 agendas", text("send"));
        assertEquals(String.valueOf(meetings.stream().filter(m -> m.get("buyer").equals("B01")).count()),
                browser.findElement(By.cssSelector("#agenda-B01 .meetings")).getText());
        assertEquals("Aucun agenda n'a encore été envoyé.", text("no-send"));
        Axe.check(browser, "the agendas before any send");

        // the preview of one buyer's email, in French, the personal link masked; nothing is written
        browser.findElement(By.cssSelector("#agenda-B01 a.preview")).click();
        waitUntil(d -> !d.findElements(By.id("text")).isEmpty());
        assertTrue(text("subject").startsWith("Votre agenda — "), text("subject"));
        String b01 = (String) TestEvents.list(TestEvents.example(), "buyers").stream()
                .filter(b -> "B01".equals(b.get("ref"))).findFirst().orElseThrow().get("email");
        assertTrue(text("to").endsWith(", " + b01), text("to"));
        String mailText = text("text");
        assertTrue(mailText.startsWith("Bonjour "), mailText);
        assertTrue(mailText.contains("/p/" + eventId + "/B01?token=********"), mailText);
        assertFalse(mailText.matches("(?s).*token=[A-Za-z0-9_-].*"), "no real token: " + mailText);
        Axe.check(browser, "the preview of an agenda");
        browser.switchTo().frame(browser.findElement(By.id("html")));
        String html = browser.findElement(By.tagName("body")).getText();
        assertTrue(html.startsWith("Bonjour "), html);
        assertTrue(browser.findElement(By.partialLinkText("Votre page personnelle")).getAttribute("href")
                .endsWith("/p/" + eventId + "/B01?token=********"));
        browser.switchTo().defaultContent();
        assertEquals(0, messages().size(), "a preview writes nothing");

        // the send, with its count confirmed first
        browser.findElement(By.id("back")).click();
        waitUntil(d -> !d.findElements(By.id("send")).isEmpty());
        browser.findElement(By.id("send")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-send")).isEmpty());
        assertEquals("30 agendas seront envoyés : 30 nouveaux, 0 modifiés.", text("change"));
        assertEquals(30, browser.findElements(By.cssSelector("#to-send li")).size());
        assertEquals("Envoyer 30 agendas", text("confirm-send"));
        assertEquals(0, messages().size(), "nothing written before the confirmation");
        Axe.check(browser, "the send confirmation");
        browser.findElement(By.id("confirm-send")).click();
        waitUntil(d -> !d.findElements(By.id("sent-count")).isEmpty());
        assertEquals("30 agendas envoyés : ils partent un à un depuis la file des courriels.", text("sent-count"));
        assertEquals("30", text("count-PENDING"));
        assertEquals("0", text("count-SENT"));
        assertEquals("Envoi en cours : cette page se met à jour toute seule.", text("progress-words"));
        assertTrue(browser.findElement(By.id("reload")).getAttribute("href").endsWith("/agendas/sent?count=30"));
        assertTrue(browser.findElement(By.id("outbox-link")).getAttribute("href").endsWith("/console/events/" + eventId + "/outbox"));
        Axe.check(browser, "the progress of a send");

        // the outbox sends them; the page follows by itself (htmx polling)
        assertEquals(30, MailTests.dispatchUntilSent(dispatcher, 30, Instant.now()));
        waitUntil(d -> text("count-SENT").equals("30"));
        assertEquals("0", text("count-PENDING"));
        assertEquals("0", text("count-FAILED"));
        assertEquals("Tous les courriels de cet envoi sont partis.", text("progress-words"));
        Map<String, Long> deliveries = MailTests.deliveries(greenMail);
        assertEquals(withMeetings, deliveries.size(), "one agenda for each participant with meetings");
        assertEquals(30, deliveries.size());
        assertTrue(deliveries.values().stream().allMatch(n -> n == 1), deliveries.toString());

        // a second visit: nothing to send, said in words
        open("");
        assertEquals("Aucun agenda à envoyer : chaque participant a déjà reçu son agenda à jour.", text("nothing-to-send"));
        assertTrue(browser.findElements(By.id("send")).isEmpty());
        assertEquals("30", text("count-SENT"));
        assertEquals("inchangé", browser.findElement(By.cssSelector("#agenda-B01 .state")).getText());
        Axe.check(browser, "the agendas once all were sent");
        browser.get(root + "console/events/" + eventId + "/agendas/send");
        waitUntil(d -> !d.findElements(By.id("refusal")).isEmpty());
        assertEquals("Aucun agenda à envoyer : chaque participant a déjà reçu son agenda à jour.", text("refusal"));
        assertEquals(30, greenMail.getReceivedMessages().length);
        assertEquals(30, messages().size());
    }

    @Test
    void aSendWhoseCountChangedSinceTheConfirmationIsRefusedWithASentenceAndOnlyChangedAgendasAreThenDue() {
        TestTimetables.fill(eventId, Set.of());
        open("/ZZ99/preview");
        assertTrue(text("refusal").endsWith("aucun acheteur ni aucune structure « ZZ99 » dans l'événement " + eventId),
                text("refusal"));
        open("/send");
        assertEquals("30 agendas seront envoyés : 30 nouveaux, 0 modifiés.", text("change"));
        // meanwhile, the agendas are sent another way: the count confirmed is no longer the count
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200).body("recipients", equalTo(30));
        browser.findElement(By.id("confirm-send")).click();
        waitUntil(d -> !d.findElements(By.id("refusal")).isEmpty());
        assertEquals("Rien n'a été changé : 0 agendas sont à envoyer maintenant, et non 30 : le planning a changé depuis "
                + "l'affichage du nombre ; rien n'a été envoyé, relisez la liste", text("refusal"));
        assertEquals(30, messages().size(), "nothing more written");

        // a re-plan that leaves S05 out: S05 and the buyers it met are due, as changed, and only they
        TestTimetables.fill(eventId, Set.of("S05"));
        open("");
        assertEquals("CHANGED", browser.findElement(By.id("agenda-S05")).getAttribute("data-state"));
        long changed = browser.findElements(By.cssSelector("#agendas tr.agenda[data-state=CHANGED]")).size();
        long unchanged = browser.findElements(By.cssSelector("#agendas tr.agenda[data-state=UNCHANGED]")).size();
        assertEquals(30, changed + unchanged);
        assertTrue(changed >= 2 && unchanged > 0, changed + " changed");
        assertEquals("modifié depuis l'envoi", browser.findElement(By.cssSelector("#agenda-S05 .state")).getText());
        // the API says the same, and refuses a send whose expected count is not the count
        organizer().get("/api/events/" + eventId + "/agendas").then().statusCode(200)
                .body("find { it.ref == 'S05' }.state", equalTo("CHANGED"))
                .body("findAll { it.state == 'CHANGED' }.size()", equalTo((int) changed));
        organizer().post("/api/events/" + eventId + "/agendas/send?expected=" + (changed + 1)).then().statusCode(409);
        assertEquals(30, messages().size(), "nothing written by the refused send");
        assertEquals("Envoyer " + changed + " agendas", text("send"));
        browser.findElement(By.id("send")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-send")).isEmpty());
        assertEquals(changed + " agendas seront envoyés : 0 nouveaux, " + changed + " modifiés.", text("change"));
        browser.findElement(By.id("confirm-send")).click();
        waitUntil(d -> !d.findElements(By.id("sent-count")).isEmpty());
        assertEquals(String.valueOf(changed), text("count-PENDING"));
        List<OutboxMessage> all = messages();
        assertEquals(30 + changed, all.size());
        assertEquals(changed, all.stream().filter(m -> m.kind.equals(AgendaMail.AGENDA_CHANGED)).count());
    }

    @Test
    void failedAgendasAreCountedAsFailedWithTheWayToTheOutboxAndThePagesSpeakEnglishOnRequest() {
        TestTimetables.fill(eventId, Set.of());
        open("");
        browser.findElement(By.id("language-switch")).click();
        waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Participants' agendas"));
        assertEquals("Send 30 agendas", text("send"));
        assertEquals("new (never sent)", browser.findElement(By.cssSelector("#agenda-S05 .state")).getText());
        browser.findElement(By.id("send")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-send")).isEmpty());
        assertEquals("30 agendas will be sent: 30 new, 0 changed.", text("change"));
        greenMail.stop(); // the SMTP server is down: three attempts (openmap.mail.max-attempts in tests), then FAILED
        try {
            browser.findElement(By.id("confirm-send")).click();
            waitUntil(d -> !d.findElements(By.id("sent-count")).isEmpty());
            Instant now = Instant.now();
            for (int attempt = 1; attempt <= 3; attempt++) {
                dispatcher.dispatchDue(now.plus(Duration.ofHours(attempt)));
            }
            browser.findElement(By.id("reload")).click(); // without JavaScript, the reload link does what htmx does
            waitUntil(d -> text("count-FAILED").equals("30"));
            assertEquals("0", text("count-SENT"));
            assertEquals("30 email(s) failed: see why and resend them from the emails page.", text("failures"));
            Axe.check(browser, "the progress of a send that failed, in English");
            browser.findElement(By.id("outbox-link")).click();
            waitUntil(d -> !d.findElements(By.id("resend-failed")).isEmpty());
            assertEquals("Resend the 30 failed messages", text("resend-failed"));
        } finally {
            greenMail.start();
        }
    }

    private List<OutboxMessage> messages() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("event.id = ?1 order by id", eventId));
    }

    private void open(String path) {
        browser.get(root + "console/events/" + eventId + "/agendas" + path);
        waitUntil(d -> !d.findElements(By.tagName("h1")).isEmpty());
    }

    private void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
