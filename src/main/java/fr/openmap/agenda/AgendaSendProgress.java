package fr.openmap.agenda;

import fr.openmap.outbox.OutboxMessage.Status;

import java.time.Instant;
import java.util.List;

/**
 * The outbox's progress with the agendas of the latest send: {@code pending} still to go (waiting or being sent),
 * {@code sent}, {@code failed} (failed or uncertain: to look at in the outbox).
 */
public record AgendaSendProgress(Instant at, int total, int pending, int sent, int failed) {

    /** No agenda was ever sent. */
    public static final AgendaSendProgress NONE = new AgendaSendProgress(null, 0, 0, 0, 0);

    static AgendaSendProgress of(Instant at, List<Status> statuses) {
        int pending = 0;
        int sent = 0;
        int failed = 0;
        for (Status s : statuses) {
            switch (s) {
                case PENDING, SENDING -> pending++;
                case SENT -> sent++;
                case FAILED, UNCERTAIN -> failed++;
            }
        }
        return new AgendaSendProgress(at, statuses.size(), pending, sent, failed);
    }

    /** True while some of these messages are still on their way. */
    public boolean ongoing() {
        return pending > 0;
    }
}
