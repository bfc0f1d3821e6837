package fr.openmap.digest;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.participant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * New requests and answers reach the other party in one digest per participant at most every
 * {@code openmap.digest.every} (2 s in tests), through the outbox, each told once.
 */
@QuarkusTest
@Tag("persistence")
class DigestTest {

    @Inject
    Digests digests;
    @Inject
    OutboxDispatcher dispatcher;

    GreenMail greenMail;
    long eventId;
    Response imported;

    @BeforeEach
    void setUp() {
        greenMail = MailTests.greenMail();
        MailTests.clearOutbox();
        QuarkusTransaction.requiringNew().run(() -> DigestNote.deleteAll());
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
    }

    private String token(String ref) {
        return TestEvents.tokenOf(imported, ref);
    }

    private long ask(String from, String to, int priority) {
        return participant(token(from)).body(Map.of("from", from, "to", to, "priority", priority))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aNewRequestAndAnAnswerReachTheBuyerInOneDigestOnce() throws Exception {
        // B01 asks S11; S12 asks B01; S11 accepts: B01 is to learn of a new request and of an answer; S11 answered
        // the request it was to learn of already, so it is not told of it
        long b01ToS11 = ask("B01", "S11", 2);
        ask("S12", "B01", 1);
        participant(token("S11")).post("/api/events/" + eventId + "/requests/" + b01ToS11 + "/accept").then().statusCode(200);

        Instant now = Instant.now();
        assertEquals(0, digests.sendDue(now), "the first note waits for others to join it");
        assertEquals(1, digests.sendDue(now.plusSeconds(3)), "one digest, for B01");
        assertEquals(0, digests.sendDue(now.plusSeconds(10)), "each note is told once");
        MailTests.dispatchUntilSent(dispatcher, 1, now.plusSeconds(3));

        Map<String, Long> deliveries = MailTests.deliveries(greenMail);
        assertEquals(Map.of("claire.martin@acheteur1.example.org", 1L), deliveries);
        MimeMessage toB01 = MailTests.byRecipient(greenMail).get("claire.martin@acheteur1.example.org");
        assertEquals("2 nouvelles dans vos demandes de rendez-vous — " + TestEvents.event(TestEvents.example()).get("title"),
                MailTests.subject(toB01));
        String text = MailTests.text(toB01).replace('\u00a0', ' ');
        assertTrue(text.contains("Les Jardins de Cocagne Est vous demande un rendez-vous (priorité : prioritaire)."), text);
        assertTrue(text.contains("Traiteur du Canal a accepté votre demande de rendez-vous."), text);
        assertTrue(text.contains("/p/" + eventId + "/B01?token=" + token("B01")), "the personal link, with the token");
    }

    @Test
    void aParticipantGetsAtMostOneDigestInThePeriodAndWhatIsNoLongerTrueIsNotTold() {
        long first = ask("S12", "B02", 1);
        Instant now = Instant.now();
        assertEquals(1, digests.sendDue(now.plusSeconds(3)));
        // a new request right after the digest waits for the next period
        long second = ask("S14", "B02", 3);
        long third = ask("S16", "B02", 3);
        assertEquals(0, digests.sendDue(Instant.now().plusMillis(500)));
        // withdrawn before it was told: it is not told
        participant(token("S16")).post("/api/events/" + eventId + "/requests/" + third + "/withdraw").then().statusCode(204);
        assertEquals(1, digests.sendDue(Instant.now().plusSeconds(3)));
        MailTests.dispatchUntilSent(dispatcher, 2, Instant.now().plusSeconds(3));
        assertEquals(Map.of("julien.bernard@acheteur2.example.org", 2L), MailTests.deliveries(greenMail));
        List<String> texts = java.util.Arrays.stream(greenMail.getReceivedMessages()).map(MailTests::text).toList();
        assertEquals(1, texts.stream().filter(t -> t.contains("Les Jardins de Cocagne Est vous demande")).count(), texts.toString());
        String later = texts.stream().filter(t -> t.contains("Régal d'Insertion vous demande")).findFirst().orElseThrow();
        assertFalse(later.contains("Les Jardins de Cocagne Est"), later);
        assertFalse(later.contains("Les Marmites Volantes"), later);
        assertTrue(first > 0 && second > 0);
    }
}
