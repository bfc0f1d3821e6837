package fr.openmap.outbox;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.outbox.OutboxMessage.Status;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox dispatcher against a real SMTP server (GreenMail): retries, giving up, crash recovery, resending. */
@QuarkusTest
@Tag("persistence")
class OutboxDispatchTest {

    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    OutboxStore store;
    @Inject
    Mailer mailer;
    @Inject
    Outbox outbox;

    GreenMail greenMail;
    long eventId;

    @BeforeEach
    void setUp() {
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        eventId = TestEvents.importExample();
        TestTimetables.fill(eventId, Set.of());
    }

    @AfterEach
    void tearDown() {
        dispatcher.dispatchAfterCommit(false);
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

    private int dispatchUntilSent(int expected, Instant from) {
        return MailTests.dispatchUntilSent(dispatcher, expected, from);
    }

    private Map<String, Long> deliveries() {
        return MailTests.deliveries(greenMail);
    }

    @Test
    void whileTheSmtpServerIsDownMessagesWaitAndAreDeliveredOnceItIsBack() {
        greenMail.stop(); // the SMTP server is down
        publish();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // the database keeps microseconds
        assertEquals(0, dispatcher.dispatchDue(now));
        List<OutboxMessage> waiting = messages();
        assertEquals(30, waiting.size());
        for (OutboxMessage m : waiting) {
            assertEquals(Status.PENDING, m.status);
            assertEquals(1, m.attempts);
            assertNotNull(m.lastError);
            // first back-off: 30 s (openmap.mail.retry-initial)
            assertTrue(!m.nextAttemptAt.isBefore(now.plusSeconds(30)) && m.nextAttemptAt.isBefore(now.plusSeconds(32)),
                    "next attempt at " + m.nextAttemptAt + " for a failure at " + now);
        }
        organizer().get("/api/events/" + eventId + "/outbox").then()
                .body("status", everyItem(equalTo("PENDING"))).body("attempts", everyItem(equalTo(1)));

        assertEquals(0, dispatcher.dispatchDue(now.plusSeconds(5)), "not due before the back-off ends");
        assertEquals(1, messages().get(0).attempts);

        greenMail.start();
        assertEquals(30, dispatchUntilSent(30, now.plusSeconds(31)));
        assertEquals(0, dispatcher.dispatchDue(now.plus(Duration.ofDays(1))));
        Map<String, Long> deliveries = deliveries();
        assertEquals(30, deliveries.size());
        assertTrue(deliveries.values().stream().allMatch(n -> n == 1), deliveries.toString());
        // 2 attempts each; 3 for a message first handed to a connection pooled before the restart
        assertTrue(messages().stream().allMatch(m -> m.status == Status.SENT && m.attempts >= 2 && m.attempts <= 3
                && m.lastError == null));
    }

    @Test
    void aMessageIsGivenUpAfterTheLastAttemptAndCanBeResentByHand() {
        greenMail.stop();
        publish();
        Instant now = Instant.now();
        assertEquals(30, Duration.between(now, now.plus(store.backoff(1))).toSeconds());
        assertEquals(60, store.backoff(2).toSeconds());
        assertEquals(3600, store.backoff(20).toSeconds(), "capped by openmap.mail.retry-max");
        for (int attempt = 1; attempt <= 3; attempt++) { // openmap.mail.max-attempts=3 in tests
            dispatcher.dispatchDue(now.plus(Duration.ofHours(attempt)));
        }
        List<OutboxMessage> failed = messages();
        assertTrue(failed.stream().allMatch(m -> m.status == Status.FAILED && m.attempts == 3), failed.get(0).status + "/" + failed.get(0).attempts);
        organizer().get("/api/events/" + eventId + "/outbox?status=FAILED").then().body("$", hasSize(30));

        greenMail.start();
        assertEquals(0, dispatcher.dispatchDue(now.plus(Duration.ofDays(2))), "FAILED is final");

        long id = failed.get(0).id;
        long copy = organizer().post("/api/events/" + eventId + "/outbox/" + id + "/resend").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0))
                .body("recipient", equalTo(failed.get(0).recipientRef))
                .extract().jsonPath().getLong("id");
        organizer().post("/api/events/" + eventId + "/outbox/" + copy + "/resend").then().statusCode(409);
        assertEquals(1, dispatchUntilSent(1, Instant.now()));
        assertEquals(Map.of(failed.get(0).recipientEmail, 1L), deliveries());
        organizer().get("/api/events/" + eventId + "/outbox").then().body("$", hasSize(31))
                .body("find { it.id == " + id + " }.status", equalTo("FAILED"))
                .body("find { it.id == " + copy + " }.status", equalTo("SENT"));
        organizer().post("/api/events/" + eventId + "/outbox/999999/resend").then().statusCode(404);
    }

    @Test
    void aRestartInTheMiddleOfSendingSendsEachRemainingMessageExactlyOnce() {
        publish();
        List<OutboxMessage> all = messages();
        Instant now = Instant.now();
        // The state a crash leaves: 5 sent and recorded, 3 accepted by the SMTP server but the
        // crash came before SENT was recorded, 2 claimed but the crash came before the hand-off,
        // 20 still PENDING.
        for (OutboxMessage m : all.subList(0, 5)) {
            OutboxStore.Claimed claimed = store.claim(m.id, now).orElseThrow();
            mailer.send(OutboxDispatcher.toMail(claimed));
            store.sent(m.id, Instant.now());
        }
        for (OutboxMessage m : all.subList(5, 8)) {
            mailer.send(OutboxDispatcher.toMail(store.claim(m.id, now).orElseThrow()));
        }
        for (OutboxMessage m : all.subList(8, 10)) {
            assertTrue(store.claim(m.id, now).isPresent());
            assertTrue(store.claim(m.id, now).isEmpty(), "a claimed message cannot be claimed again");
        }
        assertEquals(8, greenMail.getReceivedMessages().length);

        // the restart: recovery at start-up, then the dispatcher
        assertEquals(5, store.recoverInterrupted());
        assertEquals(20, dispatcher.dispatchDue(Instant.now()));
        // a second restart changes nothing
        assertEquals(0, store.recoverInterrupted());
        assertEquals(0, dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1))));

        Map<String, Long> deliveries = deliveries();
        Map<Long, OutboxMessage> after = messages().stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        for (int i = 0; i < all.size(); i++) {
            OutboxMessage m = after.get(all.get(i).id);
            long delivered = deliveries.getOrDefault(m.recipientEmail, 0L);
            if (i < 5 || i >= 10) {
                assertEquals(Status.SENT, m.status);
                assertEquals(1, delivered, "exactly once: " + m.recipientRef);
            } else {
                // accepted or not, nobody can tell: never sent again on its own
                assertEquals(Status.UNCERTAIN, m.status);
                assertEquals(i < 8 ? 1 : 0, delivered, "never twice: " + m.recipientRef);
                assertTrue(m.lastError.contains("may or may not have been delivered"), m.lastError);
            }
        }
        assertEquals(28, greenMail.getReceivedMessages().length);
        organizer().get("/api/events/" + eventId + "/outbox?status=UNCERTAIN").then().body("$", hasSize(5));

        // the organizer resends one that did not arrive: it arrives once
        OutboxMessage lost = after.get(all.get(8).id);
        organizer().post("/api/events/" + eventId + "/outbox/" + lost.id + "/resend").then().statusCode(201);
        assertEquals(1, dispatcher.dispatchDue(Instant.now()));
        assertEquals(1L, deliveries().get(lost.recipientEmail));
        assertEquals(29, greenMail.getReceivedMessages().length);
    }

    /** Pitch notices and resends write through the same door as agendas: each wakes the dispatcher once committed. */
    @Test
    void anyMessageWrittenThroughTheOutboxWakesTheDispatcherOnceCommittedAndIsNeverWrittenIfRolledBack()
            throws InterruptedException {
        dispatcher.dispatchAfterCommit(true);
        Outbox.Message notice = new Outbox.Message("PITCH_SELECTED", "Votre pitch", MessageBody.plain("Bonjour"), null, null);
        long id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(fr.openmap.event.Event.findById(eventId),
                new Outbox.Recipient("S01", "committed@structure.example.org", "Ada"), notice).id);
        // the dispatcher takes it up by itself (whether this first attempt reaches the server or not); wait for
        // that attempt to end, or its delivery could land in the next test's mailbox
        Instant deadline = Instant.now().plusSeconds(20);
        while ((attemptsOf(id) == 0 || statusOf(id) == Status.SENDING) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertTrue(attemptsOf(id) > 0, "the committed message was not taken up without calling the dispatcher");

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(fr.openmap.event.Event.findById(eventId),
                    new Outbox.Recipient("S02", "rolled-back@structure.example.org", "Bob"), notice);
            throw new IllegalStateException("the change that wrote it failed");
        }));
        assertEquals(List.of("committed@structure.example.org"), messages().stream().map(m -> m.recipientEmail).toList());
    }

    private int attemptsOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id).attempts);
    }

    private Status statusOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>findById(id).status);
    }

    @Test
    void aCommittedSendWakesTheDispatcher() throws InterruptedException {
        dispatcher.dispatchAfterCommit(true);
        publish();
        assertTrue(greenMail.waitForIncomingEmail(20_000, 30), "30 agendas delivered without calling the dispatcher");
        // the last SENT may commit a little after its delivery: wait for it rather than for a fixed time
        long until = System.currentTimeMillis() + 20_000;
        while (messages().stream().anyMatch(m -> m.status != Status.SENT) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(0, dispatcher.dispatchDue(Instant.now().plus(Duration.ofDays(1))));
        assertEquals(30, greenMail.getReceivedMessages().length);
        MimeMessage any = greenMail.getReceivedMessages()[0];
        assertNotNull(MailTests.ics(any));
    }
}
