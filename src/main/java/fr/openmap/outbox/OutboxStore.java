package fr.openmap.outbox;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.outbox.OutboxMessage.Status;
import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes, each in its own short transaction: claiming a message before it is
 * handed to the SMTP server, recording the outcome, recovering after a crash, resending by hand.
 */
@ApplicationScoped
public class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class);

    @Inject
    MailConfig config;
    @Inject
    PersonalLinks links;
    @Inject
    Outbox outbox;
    @Inject
    EventService events;

    /** A claimed message, ready to go: the personal token is filled in, the attempt is counted. */
    public record Claimed(long id, String to, String subject, String text, String html, String ics, int attempt) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> dueIds(Instant now, int limit) {
        return OutboxMessage.<OutboxMessage>find("status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id",
                Status.PENDING, now).page(0, limit).list().stream().map(m -> m.id).toList();
    }

    /**
     * Moves the message from PENDING to SENDING and counts the attempt, committed before anything
     * is sent. The update only matches a PENDING, due row, so of two dispatchers (threads or
     * instances) only one gets it. Empty when someone else claimed it first.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long id, Instant now) {
        int claimed = OutboxMessage.update("status = ?1, attempts = attempts + 1 where id = ?2 and status = ?3 and nextAttemptAt <= ?4",
                Status.SENDING, id, Status.PENDING, now);
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboxMessage m = OutboxMessage.findById(id);
        try {
            return Optional.of(new Claimed(m.id, m.recipientEmail, m.subject,
                    links.fill(m.text(), m.event.id, m.recipientRef),
                    links.fill(m.html(), m.event.id, m.recipientRef),
                    m.icsAttachment, m.attempts));
        } catch (RuntimeException e) {
            // nothing was sent: this message cannot be made, retrying will not help
            m.status = Status.FAILED;
            m.lastError = truncate("cannot prepare the message: " + e.getMessage());
            LOG.warnf("outbox message %d cannot be prepared: %s", id, e.getMessage());
            return Optional.empty();
        }
    }

    /** The SMTP server accepted the message. */
    @Transactional(TxType.REQUIRES_NEW)
    public void sent(long id, Instant at) {
        OutboxMessage.update("status = ?1, sentAt = ?2, lastError = null where id = ?3 and status = ?4",
                Status.SENT, at, id, Status.SENDING);
    }

    /**
     * The hand-off failed (the SMTP server refused it or could not be reached): PENDING again with
     * exponential back-off, or FAILED once the attempts are used up.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Status failed(long id, String error, Instant now) {
        OutboxMessage m = OutboxMessage.findById(id);
        if (m == null || m.status != Status.SENDING) {
            return m == null ? null : m.status;
        }
        m.lastError = truncate(error);
        if (m.attempts >= config.maxAttempts()) {
            m.status = Status.FAILED;
        } else {
            m.status = Status.PENDING;
            m.nextAttemptAt = now.plus(backoff(m.attempts));
        }
        return m.status;
    }

    /** Wait before the next attempt after {@code attempts} failed ones: initial × 2^(attempts−1), capped. */
    Duration backoff(int attempts) {
        Duration wait = config.retryInitial();
        for (int i = 1; i < attempts && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    /**
     * At start-up: a message still SENDING was being handed to the SMTP server when the previous
     * run stopped, so nobody can tell whether the server accepted it. It becomes UNCERTAIN and is
     * not retried on its own, so no message is ever sent twice; the organizer sees it and may
     * resend it. Messages still PENDING are simply sent by the dispatcher, once each.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int recoverInterrupted() {
        int count = OutboxMessage.update("status = ?1, lastError = ?2 where status = ?3", Status.UNCERTAIN,
                "the service stopped while handing this message to the SMTP server: it may or may not have been "
                        + "delivered; it is not retried automatically (that could send it twice): resend it if needed",
                Status.SENDING);
        if (count > 0) {
            LOG.warnf("%d outbox message(s) were being sent when the service stopped; marked UNCERTAIN, see GET /api/events/{id}/outbox", count);
        }
        return count;
    }

    @Transactional
    public List<OutboxMessage> ofEvent(long eventId, Status status) {
        Event event = Event.findById(eventId);
        if (event == null) {
            throw Event.notFound(eventId);
        }
        return status == null
                ? OutboxMessage.list("event = ?1 order by id", event)
                : OutboxMessage.list("event = ?1 and status = ?2 order by id", event, status);
    }

    /** One message of the event; 404 when the event has none of this id. */
    @Transactional
    public OutboxMessage message(long eventId, long messageId) {
        OutboxMessage message = OutboxMessage.findById(messageId);
        if (message == null || message.event.id != eventId) {
            throw new NotFoundException(Text.of("no outbox message " + messageId + " in event " + eventId,
                    "aucun message " + messageId + " dans la boîte d'envoi de l'événement " + eventId));
        }
        return message;
    }

    /**
     * Sends one message again on purpose: a new PENDING row copying it (the original row keeps its
     * history). Refused while the message is still on its way (PENDING or SENDING).
     */
    @Transactional
    public OutboxMessage resend(long eventId, long messageId) {
        OutboxMessage original = message(eventId, messageId);
        if (original.status == Status.PENDING || original.status == Status.SENDING) {
            throw new ConflictException(Text.of("message " + messageId + " is still " + original.status + ": it will be sent anyway",
                    "le message " + messageId + " est encore " + (original.status == Status.PENDING ? "en attente" : "en cours d'envoi")
                            + " : il partira de toute façon"));
        }
        return copy(original);
    }

    /**
     * Resends every FAILED message of the event not resent yet, as {@link #resend} does one; {@code expected}
     * is how many the organizer was told would go: if that changed in between, nothing is resent. The event
     * row is locked, so two organizers confirming at once resend each message once. Returns the copies.
     */
    @Transactional
    public List<OutboxMessage> resendFailed(long eventId, int expected) {
        Event event = events.lock(eventId);
        List<OutboxMessage> failed = failedNotResent(event.id);
        if (failed.size() != expected) {
            throw new ConflictException(Text.of(failed.size() + " failed message(s) are waiting now, not " + expected
                    + ": nothing was resent, look at the list again", failed.size() + " message(s) en échec à renvoyer "
                    + "maintenant, et non " + expected + " : rien n'a été renvoyé, relisez la liste"));
        }
        return failed.stream().map(this::copy).toList();
    }

    /** The event's FAILED messages that nobody resent yet: what "resend all failed" would resend. */
    @Transactional
    public List<OutboxMessage> failedNotResent(long eventId) {
        return OutboxMessage.list("event.id = ?1 and status = ?2 and resentAs is null order by id", eventId, Status.FAILED);
    }

    /** A new PENDING copy of the message; the original keeps its history and points to the copy. */
    private OutboxMessage copy(OutboxMessage original) {
        OutboxMessage copy = outbox.enqueue(original.event,
                new Outbox.Recipient(original.recipientRef, original.recipientEmail, original.recipientName),
                new Outbox.Message(original.kind, original.subject, original.text(), original.html(), original.icsAttachment));
        original.resentAs = copy.id;
        return copy;
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
