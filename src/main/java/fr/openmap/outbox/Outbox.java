package fr.openmap.outbox;

import fr.openmap.event.Event;
import fr.openmap.registration.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;

/**
 * The one way a feature sends someone a message: {@link #enqueue} writes the outbox row in the
 * caller's transaction, and the dispatcher is woken once that transaction commits (not before: a
 * rolled-back change sends nothing). Agendas, pitch notices and resends all come through here.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction that already asked for a wake-up, so that 30 messages wake the dispatcher once. */
    private static final Object WAKE_UP_ASKED = new Object();

    @Inject
    jakarta.enterprise.event.Event<OutboxWritten> written;
    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Who a message goes to: the participant's ref, address and name. */
    public record Recipient(String ref, String email, String name) {
        public static Recipient of(Participant participant) {
            return new Recipient(participant.ref, participant.email, participant.contactName);
        }
    }

    /** A message ready to be written: text and HTML bodies (HTML may be null), an optional calendar file. */
    public record Message(String kind, String subject, MessageBody text, MessageBody html, String ics) {
    }

    /** Writes the message to the outbox (needs a transaction); it is sent shortly after the transaction commits. */
    public OutboxMessage enqueue(Event event, Recipient to, Message message) {
        OutboxMessage row = new OutboxMessage();
        row.event = event;
        row.recipientRef = to.ref();
        row.recipientEmail = to.email();
        row.recipientName = to.name();
        row.kind = message.kind();
        row.subject = message.subject();
        row.storeText(message.text());
        row.storeHtml(message.html());
        row.icsAttachment = message.ics();
        Instant now = Instant.now();
        row.createdAt = now;
        row.nextAttemptAt = now;
        row.persist();
        if (transaction.getResource(WAKE_UP_ASKED) == null) {
            transaction.putResource(WAKE_UP_ASKED, Boolean.TRUE);
            written.fire(new OutboxWritten(event.id));
        }
        return row;
    }
}
