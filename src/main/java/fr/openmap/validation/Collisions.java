package fr.openmap.validation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes that lost a race against another request: a unique key taken in between, a row removed in
 * between, a lock not obtained. The database is the last guard; this names what happened in words
 * (HTTP 409) instead of a 500. Services where a race is likely insert through {@link #insert} and say
 * exactly what was taken.
 */
public final class Collisions {

    /** Constraint names (as in the migrations) and, failing that, table names, in words. */
    private static final Map<String, String> WHAT = new LinkedHashMap<>();

    static {
        WHAT.put("meeting_requests_once", "this meeting request already exists");
        WHAT.put("bookings_pair_once", "this buyer and this structure already have a booking");
        WHAT.put("bookings_buyer_slot", "this buyer already has a booking at this time");
        WHAT.put("buyers_event_ref", "this ref is already used in this event");
        WHAT.put("structures_event_ref", "this ref is already used in this event");
        WHAT.put("agenda_publications_once", "this agenda was already published");
        WHAT.put("scheduled_meetings_pair", "this buyer and this structure already meet in the timetable");
        WHAT.put("pitch_reviews_once", "this reviewer has already reviewed this application");
        WHAT.put("pitch_applications", "this structure has already applied to pitch");
        WHAT.put("pitch_dossiers", "this application already has a dossier");
        WHAT.put("pitch_calls", "this event already has a call for pitches");
        WHAT.put("meeting_requests", "a meeting request");
        WHAT.put("bookings", "a booking");
        WHAT.put("buyers", "a buyer");
        WHAT.put("structures", "a structure");
        WHAT.put("events", "an event with this slug already exists");
    }

    private Collisions() {
    }

    /**
     * Persists the entity and flushes at once, so that a unique key taken by a concurrent request fails
     * here, as a 409 saying {@code taken}, rather than at commit.
     */
    public static void insert(PanacheEntityBase entity, String taken) {
        entity.persist();
        try {
            Panache.getEntityManager(entity.getClass()).flush();
        } catch (PersistenceException e) {
            if (violation(e).filter(v -> v.getKind() == ConstraintKind.UNIQUE).isPresent()) {
                throw new ConflictException(taken);
            }
            throw e;
        }
    }

    /**
     * The sentence for a failure caused by a concurrent change, if {@code failure} (or one of its causes)
     * is one; empty for anything else, which stays an internal error.
     */
    public static Optional<String> describe(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConstraintViolationException v) {
                return switch (v.getKind()) {
                    case UNIQUE, OTHER -> Optional.of(sentence(what(v)));
                    case FOREIGN_KEY -> Optional.of(sentence("something this refers to was removed"));
                    default -> Optional.empty(); // NOT NULL and CHECK are bugs, not races
                };
            }
            if (e instanceof LockAcquisitionException || e instanceof PessimisticLockException
                    || e instanceof LockTimeoutException || e instanceof org.hibernate.PessimisticLockException) {
                return Optional.of(sentence("another change of this event was still in progress"));
            }
            if (e instanceof StaleStateException || e instanceof OptimisticLockException) {
                return Optional.of(sentence("what you changed was changed or removed in between"));
            }
        }
        return Optional.empty();
    }

    private static String sentence(String what) {
        return "this was changed at the same time by another request: " + what + "; reload and try again";
    }

    private static Optional<ConstraintViolationException> violation(Throwable failure) {
        return cause(failure, ConstraintViolationException.class);
    }

    /** The first of {@code failure} and its causes that is a {@code type}, if any. */
    public static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (type.isInstance(e)) {
                return Optional.of(type.cast(e));
            }
        }
        return Optional.empty();
    }

    private static String what(JDBCException e) {
        String name = e instanceof ConstraintViolationException v && v.getConstraintName() != null
                ? v.getConstraintName().toLowerCase(Locale.ROOT) : "";
        String sql = e.getSQL() == null ? "" : e.getSQL().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> known : WHAT.entrySet()) {
            if (name.contains(known.getKey())) {
                return known.getValue();
            }
        }
        for (Map.Entry<String, String> known : WHAT.entrySet()) {
            if (sql.matches("(?s).*\\b(insert into|update)\\s+" + known.getKey() + "\\b.*")) {
                return known.getValue();
            }
        }
        return "a value that must be unique was taken";
    }
}
