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

    /**
     * Issue #13's "done when", all in the browser: build the example's timetable, read it as a grid with names, move
     * one meeting by hand, send the agendas, decline a request on a buyer's behalf, re-plan without losing a
     * structure, see what changed, and send exactly the changed agendas.
     */
    @Test
    void anOrganizerBuildsEditsSendsReplansAfterADeclineAndSendsOnlyTheChangedAgendas() {
        browser.get(root + "console/events/" + eventId + "/timetable");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("build"));
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("outcome")).isEmpty()
                && d.findElements(By.id("solving")).isEmpty());
        assertEquals("21 sur 21", text("count-served"));
        assertEquals("Pause Solidaire 77", TestEvents.list(organizer().get("/api/events/" + eventId + "/export").then()
                .extract().jsonPath().getMap("$"), "structures").stream().filter(st -> st.get("ref").equals("S20"))
                .findFirst().orElseThrow().get("name"));
        assertTrue(browser.findElement(By.id("grid-buyers")).getText().contains("Pause Solidaire 77"), "names in the grid");

        // one meeting taken out by hand, another of that buyer moved into the freed slot
        List<Map<String, Object>> meetings = timetable().getList("meetings");
        Map<String, Object> moved = null;
        for (Map<String, Object> removed : meetings) {
            if (Boolean.TRUE.equals(removed.get("booked"))) {
                continue;
            }
            for (Map<String, Object> m : meetings) {
                if (m == removed || Boolean.TRUE.equals(m.get("booked")) || !m.get("buyer").equals(removed.get("buyer"))
                        || meetings.stream().anyMatch(o -> o != removed && o.get("structure").equals(m.get("structure"))
                        && o.get("start").equals(removed.get("start")))) {
                    continue;
                }
                if (moved == null) { // the first candidate pair found: take the meeting out once
                    handEdit(removed, "remove", null);
                    assertTrue(!browser.findElements(By.id("notice")).isEmpty(), "removed");
                    moved = Map.of();
                }
                handEdit(m, "move", (String) removed.get("start"));
                if (!browser.findElements(By.id("notice")).isEmpty()) {
                    moved = Map.of("buyer", m.get("buyer"), "structure", m.get("structure"), "start", removed.get("start"));
                    break;
                }
                assertTrue(text("refusal").contains("(règle : "), text("refusal"));
            }
            if (moved != null) {
                break;
            }
        }
        assertTrue(moved != null && !moved.isEmpty(), "some meeting can move into the freed slot");
        Map<String, Object> pinned = moved;
        assertEquals(pinned.get("start"), timetable().getList("meetings", Map.class).stream()
                .filter(m -> m.get("buyer").equals(pinned.get("buyer")) && m.get("structure").equals(pinned.get("structure")))
                .findFirst().orElseThrow().get("start"));

        // the agendas go out
        open("/send");
        assertEquals("30 agendas seront envoyés : 30 nouveaux, 0 modifiés.", text("change"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("confirm-send"));
        assertEquals(30, MailTests.dispatchUntilSent(dispatcher, 30, Instant.now()));

        // a buyer declines, through the organizer, a structure's request whose meeting was announced
        List<Map<String, Object>> announced = timetable().getList("meetings");
        Map<String, Object> request = organizer().get("/api/events/" + eventId + "/requests").then().extract().jsonPath()
                .getList("$", Map.class).stream().map(r -> (Map<String, Object>) r)
                .filter(r -> "ACCEPTED".equals(r.get("status")) && ((String) r.get("from")).startsWith("S"))
                .filter(r -> announced.stream().anyMatch(m -> m.get("structure").equals(r.get("from"))
                        && m.get("buyer").equals(r.get("to")) && !Boolean.TRUE.equals(m.get("booked"))
                        && !Boolean.TRUE.equals(m.get("pinned"))))
                .findFirst().orElseThrow();
        browser.get(root + "console/events/" + eventId + "/requests");
        browser.findElement(By.cssSelector("#request-" + request.get("id") + " a.decline")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-answer")).isEmpty());
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("confirm-answer"));
        assertTrue(text("notice").contains("« déclinée »"), text("notice"));

        // the re-plan keeps the agendas sent by default, loses no structure and says what changed
        browser.get(root + "console/events/" + eventId + "/timetable");
        assertFalse(browser.findElement(By.id("fresh")).isSelected());
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("build"));
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("outcome")).isEmpty()
                && d.findElements(By.id("solving")).isEmpty());
        assertEquals("21 sur 21", text("count-served"), "no structure is lost");
        assertTrue(text("published").startsWith("Par rapport aux " + announced.size() + " rencontres des agendas déjà envoyés : "),
                text("published"));
        assertTrue(text("published").matches(".*, [1-9]\\d* annulées?, .*"), "the declined meeting is cancelled: " + text("published"));
        assertEquals(pinned.get("start"), timetable().getList("meetings", Map.class).stream()
                .filter(m -> m.get("buyer").equals(pinned.get("buyer")) && m.get("structure").equals(pinned.get("structure")))
                .findFirst().orElseThrow().get("start"), "the meeting moved by hand stays where it was put");

        // exactly the changed agendas are sent, once each
        open("");
        int changed = browser.findElements(By.cssSelector("#agendas tr.agenda[data-state=CHANGED]")).size();
        assertTrue(changed >= 2, "at least the buyer and the structure of the declined meeting: " + changed);
        assertEquals("CHANGED", browser.findElement(By.id("agenda-" + request.get("from"))).getAttribute("data-state"));
        assertEquals("CHANGED", browser.findElement(By.id("agenda-" + request.get("to"))).getAttribute("data-state"));
        assertEquals(0, browser.findElements(By.cssSelector("#agendas tr.agenda[data-state=NEW]")).size());
        open("/send");
        assertEquals(changed + " agendas seront envoyés : 0 nouveaux, " + changed + " modifiés.", text("change"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("confirm-send"));
        assertEquals(changed, MailTests.dispatchUntilSent(dispatcher, changed, Instant.now()));
        Map<String, Long> deliveries = MailTests.deliveries(greenMail);
        assertEquals(30 + changed, greenMail.getReceivedMessages().length);
        assertEquals(changed, deliveries.values().stream().filter(n -> n == 2).count(), deliveries.toString());
        open("");
        assertEquals("Aucun agenda à envoyer : chaque participant a déjà reçu son agenda à jour.", text("nothing-to-send"));
    }

    private static void handEdit(Map<String, Object> meeting, String action, String start) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("edit-meeting")))
                .selectByValue(meeting.get("buyer") + "/" + meeting.get("structure"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("edit-action"))).selectByValue(action);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("edit-slot")))
                .selectByValue(start == null ? "" : "2018-05-17T" + start);
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("apply-edit"));
    }

    private JsonPath timetable() {
        return organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200).extract().jsonPath();
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
