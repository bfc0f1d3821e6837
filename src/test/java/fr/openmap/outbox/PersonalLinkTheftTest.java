package fr.openmap.outbox;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables.Meeting;
import fr.openmap.agenda.TestTimetables;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a participant types never becomes a link to someone else's token: a structure naming itself
 * with a link and with the old token placeholder is shown as typed in every agenda that names it,
 * and each recipient's email holds one personal link, their own.
 */
@QuarkusTest
class PersonalLinkTheftTest {

    /** The placeholder stored messages used to carry where the token went. */
    static final String OLD_PLACEHOLDER = "__OPENMAP_PERSONAL_TOKEN__";
    static final String EVIL_NAME = "Evil <a href=\"https://x.example/?t=" + OLD_PLACEHOLDER + "\">co-op</a> " + OLD_PLACEHOLDER;
    static final String EVIL_CONTACT = "Eve <a href=\"https://x.example/?t=" + OLD_PLACEHOLDER + "\"> & " + OLD_PLACEHOLDER;

    @Inject
    OutboxDispatcher dispatcher;

    GreenMail greenMail;
    long eventId;
    Response imported;
    Map<String, String> emails = new HashMap<>();
    Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void setUp() {
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        Map<String, Object> file = TestEvents.example();
        imported = TestEvents.importEvent(file);
        eventId = imported.jsonPath().getLong("id");
        for (String kind : List.of("buyers", "structures")) {
            for (Map<String, Object> p : TestEvents.list(file, kind)) {
                String ref = (String) p.get("ref");
                emails.put(ref, (String) p.get("email"));
                tokens.put(ref, TestEvents.tokenOf(imported, ref));
            }
        }
    }

    @Test
    void aStructureNamedWithTheTokenPlaceholderNeverReceivesABuyersToken() {
        List<Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        // the structure most buyers meet names itself with a link and the placeholder
        String evil = meetings.stream().collect(Collectors.groupingBy(Meeting::structure, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
        Set<String> victims = meetings.stream().filter(m -> m.structure().equals(evil)).map(Meeting::buyer).collect(Collectors.toSet());
        assertTrue(victims.size() >= 2, "several buyers meet " + evil + ": " + victims);
        rename(evil, EVIL_NAME, EVIL_CONTACT);

        // a token renewed between writing and sending is the one sent
        String renewedVictim = victims.stream().sorted().findFirst().orElseThrow();
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        String renewed = organizer().post("/api/events/" + eventId + "/buyers/" + renewedVictim + "/token").then().statusCode(200)
                .extract().jsonPath().getString("token");
        assertNotEquals(tokens.get(renewedVictim), renewed);
        String oldToken = tokens.put(renewedVictim, renewed);

        // no token and no placeholder in the outbox: only where each recipient's token goes
        List<OutboxMessage> stored = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>listAll());
        assertEquals(30, stored.size());
        for (OutboxMessage m : stored) {
            for (String token : tokens.values()) {
                assertFalse(m.textBody.contains(token) || m.htmlBody.contains(token), "a token in outbox message " + m.id);
            }
            assertFalse(m.textBody.contains(oldToken) || m.htmlBody.contains(oldToken));
            assertTrue(m.textBody.endsWith("/p/" + eventId + "/" + m.recipientRef + "?token="), m.textBody);
            assertTrue(m.htmlBody.endsWith("/p/" + eventId + "/" + m.recipientRef + "?token="), m.htmlBody);
            for (String token : tokens.values()) {
                assertFalse(m.textAfterToken.contains(token) || m.htmlAfterToken.contains(token));
            }
        }

        assertEquals(30, dispatcher.dispatchDue(Instant.now()));
        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail);
        assertEquals(30, received.size());
        for (String victim : victims) {
            MimeMessage mail = received.get(emails.get(victim));
            assertNotNull(mail, "no agenda for " + victim);
            String text = MailTests.text(mail);
            String html = MailTests.html(mail);
            // the structure's text is shown as typed, escaped in HTML, its placeholders still text
            assertTrue(text.contains(EVIL_NAME), text);
            assertTrue(text.contains("Contact : " + EVIL_CONTACT + " <" + emails.get(evil) + ">"), text);
            assertTrue(html.contains(escaped(EVIL_NAME)), html);
            assertTrue(html.contains(escaped(EVIL_CONTACT)), html);
            assertFalse(html.contains("<a href=\"https://x.example"), "no link of the structure's making:\n" + html);
            assertEquals(count(EVIL_NAME, OLD_PLACEHOLDER) + count(EVIL_CONTACT, OLD_PLACEHOLDER), count(text, OLD_PLACEHOLDER), text);
            assertOnlyOwnLink(victim, text);
            assertOnlyOwnLink(victim, html);
            if (victim.equals(renewedVictim)) {
                assertFalse(text.contains(oldToken) || html.contains(oldToken), "the token before renewal is not sent");
            }
        }
        // the structure's own agenda: its text as typed, its own link only
        MimeMessage own = received.get(emails.get(evil));
        String text = MailTests.text(own);
        String html = MailTests.html(own);
        assertTrue(text.contains("Bonjour " + EVIL_CONTACT + ","), text);
        assertTrue(html.contains("Bonjour " + escaped(EVIL_CONTACT) + ","), html);
        assertOnlyOwnLink(evil, text);
        assertOnlyOwnLink(evil, html);
        // and everyone else's too
        for (String ref : tokens.keySet()) {
            assertOnlyOwnLink(ref, MailTests.text(received.get(emails.get(ref))));
            assertOnlyOwnLink(ref, MailTests.html(received.get(emails.get(ref))));
        }
    }

    @Test
    void thePreviewMasksTheTokenAndShowsTheStructuresTextAsTyped() {
        TestTimetables.fill(eventId, Set.of());
        String evil = TestTimetables.meetings(eventId).get(0).structure();
        String buyer = TestTimetables.meetings(eventId).get(0).buyer();
        rename(evil, EVIL_NAME, EVIL_CONTACT);
        String text = organizer().queryParam("format", "text").get("/api/events/" + eventId + "/agendas/" + buyer + "/preview")
                .then().statusCode(200).extract().asString();
        String html = organizer().get("/api/events/" + eventId + "/agendas/" + buyer + "/preview")
                .then().statusCode(200).extract().asString();
        for (String body : List.of(text, html)) {
            assertEquals(1, count(body, "/p/" + eventId + "/"), body);
            assertTrue(body.contains("http://localhost:8080/p/" + eventId + "/" + buyer + "?token=" + PersonalLinks.MASKED_TOKEN + "\n")
                    || body.contains("http://localhost:8080/p/" + eventId + "/" + buyer + "?token=" + PersonalLinks.MASKED_TOKEN + "\""), body);
            tokens.values().forEach(token -> assertFalse(body.contains(token), "no token in a preview"));
        }
        assertTrue(text.contains(EVIL_NAME), text);
        assertTrue(html.contains(escaped(EVIL_NAME)), html);
    }

    /**
     * A message without personal link (pitch mails have none) is sent exactly as written: the
     * dispatcher looks for nothing in it, so a placeholder a structure typed stays text.
     */
    @Test
    void aMessageWithoutPersonalLinkIsSentAsWritten() {
        String ref = "S01";
        String text = "Hello " + EVIL_CONTACT + ",\n" + EVIL_NAME + " is selected.";
        String html = "<p>Hello " + escaped(EVIL_CONTACT) + ",</p><p>" + escaped(EVIL_NAME) + " is selected.</p>";
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = new OutboxMessage();
            m.event = fr.openmap.event.Event.findById(eventId);
            m.recipientRef = ref;
            m.recipientEmail = emails.get(ref);
            m.kind = "PITCH_SELECTED";
            m.subject = "Your pitch is selected";
            m.storeText(MessageBody.plain(text));
            m.storeHtml(MessageBody.plain(html));
            m.persist();
        });
        assertEquals(1, dispatcher.dispatchDue(Instant.now()));
        MimeMessage mail = MailTests.byRecipient(greenMail).get(emails.get(ref));
        assertEquals(text, MailTests.text(mail).replace("\r\n", "\n"));
        assertEquals(html, MailTests.html(mail).replace("\r\n", "\n"));
        tokens.values().forEach(token -> assertFalse(MailTests.text(mail).contains(token) || MailTests.html(mail).contains(token)));
    }

    /** Whatever a template shows around it, including stand-in-looking text, only the template's link carries the token. */
    @Test
    void theTokenGoesOnlyWhereTheTemplatePutTheLink() {
        PersonalLinks links = new PersonalLinks();
        links.publicUrl = "https://openmap.example/";
        fr.openmap.registration.Buyer buyer = new fr.openmap.registration.Buyer();
        buyer.event = new fr.openmap.event.Event();
        buyer.event.id = 7L;
        buyer.ref = "B01";
        String typed = OLD_PLACEHOLDER + " 0123456789abcdef0123456789abcdef ghijklmnopqrstuvghijklmnopqrstuv ?token=";
        Function<String, String> template = link -> "Hello " + typed + "\nmeet " + typed + "\nyour page: " + link + "\nbye " + typed;

        MessageBody body = links.render(buyer, template);
        assertEquals("Hello " + typed + "\nmeet " + typed + "\nyour page: https://openmap.example/p/7/B01?token=", body.head());
        assertEquals("\nbye " + typed, body.tail());
        assertEquals("Hello " + typed + "\nmeet " + typed + "\nyour page: https://openmap.example/p/7/B01?token=TOKEN\nbye " + typed,
                body.with("TOKEN"));

        MessageBody none = links.render(buyer, link -> "no link here: " + typed);
        assertNull(none.tail());
        assertEquals("no link here: " + typed, none.with("TOKEN"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> links.render(buyer, link -> link + " and again " + link));
    }

    private void rename(String ref, String name, String contactName) {
        Map<String, Object> form = organizer().get("/api/events/" + eventId + "/structures/" + ref).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        form = new HashMap<>(form);
        form.put("name", name);
        form.put("contactName", contactName);
        organizer().body(form).put("/api/events/" + eventId + "/structures/" + ref).then().statusCode(200);
    }

    /** One personal link in the body, the recipient's, with their current token; no one else's token anywhere. */
    private void assertOnlyOwnLink(String ref, String body) {
        assertEquals(1, count(body, "/p/" + eventId + "/"), "one personal link for " + ref + ":\n" + body);
        assertEquals(1, count(body, "http://localhost:8080/p/" + eventId + "/" + ref + "?token=" + tokens.get(ref)), body);
        assertEquals(1, count(body, tokens.get(ref)), body);
        tokens.forEach((other, token) -> {
            if (!other.equals(ref)) {
                assertFalse(body.contains(token), ref + "'s email holds " + other + "'s token");
            }
        });
    }

    /** As Qute escapes text in HTML templates. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
