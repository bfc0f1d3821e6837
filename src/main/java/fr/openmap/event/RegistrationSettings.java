package fr.openmap.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When and how people may register themselves for an event (the event file's {@code registration}):
 * from {@code opensAt} (null: already) until {@code closesAt} (null: the start of the event's day, so
 * open until the day before); with {@code approval}, a registration waits for the organizer's approval;
 * at most {@code maxStructures} structures (null: no limit; buyers are limited by the tables); once registered,
 * a participant may have at most {@code maxPendingRequests} meeting requests awaiting an answer (null: 15);
 * with {@code buyerBooking}, buyers may book slots themselves (the default).
 */
public record RegistrationSettings(Instant opensAt, Instant closesAt, boolean approval, Integer maxStructures,
                                   Integer maxPendingRequests, boolean buyerBooking) {

    /** Open now until the day before the event, without approval, no limit but the tables; buyers may book. */
    public static final RegistrationSettings DEFAULT = new RegistrationSettings(null, null, false, null, null, true);

    /** Buyers may book (the default). */
    public RegistrationSettings(Instant opensAt, Instant closesAt, boolean approval, Integer maxStructures,
                                Integer maxPendingRequests) {
        this(opensAt, closesAt, approval, maxStructures, maxPendingRequests, true);
    }

    /** Without a limit of pending requests of its own (the default applies). */
    public RegistrationSettings(Instant opensAt, Instant closesAt, boolean approval, Integer maxStructures) {
        this(opensAt, closesAt, approval, maxStructures, null, true);
    }

    /** Where a registration stands at a moment. */
    public enum Phase { NOT_YET_OPEN, OPEN, CLOSED }

    /** The moment registration closes: the one set, else midnight at the start of the event's day in its zone. */
    public Instant closing(LocalDate eventDate, ZoneId zone) {
        return closesAt != null ? closesAt : eventDate.atStartOfDay(zone).toInstant();
    }

    public Phase phaseAt(Instant now, LocalDate eventDate, ZoneId zone) {
        if (opensAt != null && now.isBefore(opensAt)) {
            return Phase.NOT_YET_OPEN;
        }
        return now.isBefore(closing(eventDate, zone)) ? Phase.OPEN : Phase.CLOSED;
    }

    /** Nothing set: the file leaves the section out. */
    public boolean isDefault() {
        return equals(DEFAULT);
    }
}
