package fr.openmap.outbox;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.OutboxMessage.Status;
import fr.openmap.validation.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resending every failed message at once: each one once, and only the number the organizer was told. */
@QuarkusTest
@Tag("persistence")
class ResendFailedTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxStore store;

    GreenMail greenMail;
    long eventId;

    @BeforeEach
    void thirtyFailedAgendas() {
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        eventId = TestEvents.importExample();
        TestTimetables.fill(eventId, Set.of());
        greenMail.stop();
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200).body("recipients", equalTo(30));
        Instant now = Instant.now();
        for (int attempt = 1; attempt <= 3; attempt++) { // openmap.mail.max-attempts=3 in tests
            dispatcher.dispatchDue(now.plus(Duration.ofHours(attempt)));
        }
        greenMail.start();
    }

    @AfterEach
    void serverBack() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    private List<OutboxMessage> messages() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list("event.id = ?1 order by id", eventId));
    }

    @Test
    void aCountThatChangedSinceTheConfirmationResendsNothing() {
        assertEquals(30, store.failedNotResent(eventId).size());
        ConflictException refused = assertThrows(ConflictException.class, () -> store.resendFailed(eventId, 29));
        assertEquals("30 message(s) en échec à renvoyer maintenant, et non 29\u00a0: rien n'a été renvoyé, relisez la liste",
                refused.text().in(Language.FR));
        assertEquals(30, messages().size());
        organizer().post("/api/events/" + eventId + "/outbox/resend-failed?expected=31").then().statusCode(409);
        organizer().post("/api/events/" + eventId + "/outbox/resend-failed").then().statusCode(422)
                .body("problems[0].location", equalTo("expected"));
        assertEquals(30, messages().size());
    }

    @Test
    void theApiResendsEveryFailedMessageAsThePageDoes() {
        organizer().post("/api/events/" + eventId + "/outbox/resend-failed?expected=30").then().statusCode(200)
                .body("resent", equalTo(30));
        assertEquals(60, messages().size());
        organizer().post("/api/events/" + eventId + "/outbox/resend-failed?expected=0").then().statusCode(200)
                .body("resent", equalTo(0));
    }

    @Test
    void eachFailedMessageIsResentOnceAndPointsToItsCopy() {
        List<OutboxMessage> copies = store.resendFailed(eventId, 30);
        assertEquals(30, copies.size());
        List<OutboxMessage> all = messages();
        assertEquals(60, all.size());
        List<OutboxMessage> originals = all.stream().filter(m -> m.status == Status.FAILED).toList();
        assertEquals(30, originals.size());
        assertTrue(originals.stream().allMatch(m -> m.resentAs != null
                && all.stream().anyMatch(c -> c.id.equals(m.resentAs) && c.status == Status.PENDING
                && c.recipientRef.equals(m.recipientRef) && c.subject.equals(m.subject))));
        assertEquals(List.of(), store.failedNotResent(eventId), "nothing left to resend");
        assertEquals(0, store.resendFailed(eventId, 0).size(), "a second time resends nothing");
        OutboxMessage first = originals.get(0);
        organizer().get("/api/events/" + eventId + "/outbox").then()
                .body("find { it.id == " + first.id + " }.resentAs", equalTo(first.resentAs.intValue()));

        assertEquals(30, MailTests.dispatchUntilSent(dispatcher, 30, Instant.now()));
        assertTrue(MailTests.deliveries(greenMail).values().stream().allMatch(n -> n == 1));
        assertEquals(30, MailTests.deliveries(greenMail).size());
    }
}
