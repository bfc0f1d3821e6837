package fr.openmap.outbox;

import fr.openmap.outbox.OutboxMessage.Status;
import fr.openmap.outbox.OutboxStore.Claimed;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends the outbox, whatever the message kind: every few seconds, and right after a transaction
 * that wrote outbox rows commits. Each message is claimed (PENDING → SENDING, committed) before
 * it is handed to the SMTP server and marked SENT in a short transaction right after the server
 * accepted it; a failure puts it back to PENDING with exponential back-off, up to
 * {@code openmap.mail.max-attempts}. One message is in the hands of the SMTP server at a time.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 50;

    @Inject
    OutboxStore store;
    @Inject
    Mailer mailer;
    @Inject
    MailConfig config;

    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;
    private volatile boolean dispatchAfterCommit;
    private ExecutorService wakeUps;

    @PostConstruct
    void init() {
        dispatchAfterCommit = config.dispatchAfterCommit();
        wakeUps = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "outbox-wake-up");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Messages left SENDING by a crash are dealt with before anything else is sent. */
    void onStart(@Observes StartupEvent start) {
        store.recoverInterrupted();
    }

    /** A stopping service sends nothing new but lets the message in hand finish, so SENT is recorded. */
    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        try {
            if (running.tryLock(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                LOG.warn("stopping while a message is being handed to the SMTP server");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        wakeUps.shutdownNow();
    }

    @Scheduled(identity = "outbox-dispatcher", every = "${openmap.mail.dispatch-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (running.tryLock()) { // a run already going will see the new messages
            try {
                sendDue(Instant.now());
            } finally {
                running.unlock();
            }
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (dispatchAfterCommit && !stopping) {
            wakeUps.execute(this::scheduled);
        }
    }

    /** For tests: whether a commit that wrote outbox rows wakes the dispatcher. */
    void dispatchAfterCommit(boolean enabled) {
        dispatchAfterCommit = enabled;
    }

    /**
     * Sends every message due at {@code now} (waiting for a run in progress to end first).
     * Returns how many the SMTP server accepted.
     */
    public int dispatchDue(Instant now) {
        running.lock();
        try {
            return sendDue(now);
        } finally {
            running.unlock();
        }
    }

    private int sendDue(Instant now) {
        int accepted = 0;
        while (!stopping) {
            List<Long> due = store.dueIds(now, BATCH);
            if (due.isEmpty()) {
                break;
            }
            int claimedAny = 0;
            for (Long id : due) {
                if (stopping) {
                    break;
                }
                Optional<Claimed> claimed = store.claim(id, now);
                if (claimed.isEmpty()) {
                    continue;
                }
                claimedAny++;
                if (send(claimed.get(), now)) {
                    accepted++;
                }
            }
            if (claimedAny == 0) {
                break; // everything due was taken by someone else
            }
        }
        return accepted;
    }

    private boolean send(Claimed message, Instant now) {
        try {
            mailer.send(toMail(message));
        } catch (RuntimeException e) {
            String error = describe(e);
            Status outcome = store.failed(message.id(), error, now);
            LOG.warnf("outbox message %d, attempt %d, not sent (%s): %s", message.id(), message.attempt(), outcome, error);
            return false;
        }
        recordSent(message.id());
        return true;
    }

    /** The server has the message: record it, insisting, since a message left SENDING is never resent. */
    private void recordSent(long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                store.sent(id, Instant.now());
                return;
            } catch (RuntimeException e) {
                if (attempt >= 5) {
                    LOG.errorf(e, "outbox message %d was accepted by the SMTP server but cannot be marked SENT", id);
                    return;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static Mail toMail(Claimed message) {
        Mail mail = Mail.withText(message.to(), message.subject(), message.text());
        if (message.html() != null) {
            mail.setHtml(message.html());
        }
        if (message.ics() != null) {
            mail.addAttachment("agenda.ics", message.ics().getBytes(StandardCharsets.UTF_8),
                    "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mail.addHeader("X-OpenMap-Outbox-Id", String.valueOf(message.id()));
        return mail;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
