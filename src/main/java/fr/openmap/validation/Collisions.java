package fr.openmap.validation;

import fr.openmap.i18n.Text;
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
    private static final Map<String, Text> WHAT = new LinkedHashMap<>();

    static {
        WHAT.put("meeting_requests_once", Text.of("this meeting request already exists", "cette demande de rendez-vous existe déjà"));
        WHAT.put("bookings_pair_once", Text.of("this buyer and this structure already have a booking", "cet acheteur et cette structure ont déjà un rendez-vous réservé"));
        WHAT.put("bookings_buyer_slot", Text.of("this buyer already has a booking at this time", "cet acheteur a déjà un rendez-vous réservé à cette heure"));
        WHAT.put("buyers_event_ref", Text.of("this ref is already used in this event", "cette ref est déjà utilisée dans cet événement"));
        WHAT.put("structures_event_ref", Text.of("this ref is already used in this event", "cette ref est déjà utilisée dans cet événement"));
        WHAT.put("agenda_publications_once", Text.of("this agenda was already published", "cet agenda a déjà été publié"));
        WHAT.put("scheduled_meetings_pair", Text.of("this buyer and this structure already meet in the timetable", "cet acheteur et cette structure se rencontrent déjà dans le planning"));
        WHAT.put("pitch_reviews_once", Text.of("this reviewer has already reviewed this application", "cet évaluateur a déjà évalué cette candidature"));
        WHAT.put("pitch_applications", Text.of("this structure has already applied to pitch", "cette structure a déjà candidaté au pitch"));
        WHAT.put("pitch_dossiers", Text.of("this application already has a dossier", "cette candidature a déjà un dossier"));
        WHAT.put("pitch_calls", Text.of("this event already has a call for pitches", "cet événement a déjà un appel à pitchs"));
        WHAT.put("meeting_requests", Text.of("a meeting request", "une demande de rendez-vous"));
        WHAT.put("bookings", Text.of("a booking", "un rendez-vous réservé"));
        WHAT.put("buyers", Text.of("a buyer", "un acheteur"));
        WHAT.put("structures", Text.of("a structure", "une structure"));
        WHAT.put("events", Text.of("an event with this slug already exists", "un événement avec ce slug existe déjà"));
    }

    private Collisions() {
    }

    /**
     * Persists the entity and flushes at once, so that a unique key taken by a concurrent request fails
     * here, as a 409 saying {@code taken}, rather than at commit.
     */
    public static void insert(PanacheEntityBase entity, Text taken) {
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
    public static Optional<Text> describe(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof ConstraintViolationException v) {
                return switch (v.getKind()) {
                    case UNIQUE, OTHER -> Optional.of(sentence(what(v)));
                    case FOREIGN_KEY -> Optional.of(sentence(Text.of("something this refers to was removed",
                            "un élément auquel elle renvoie a été supprimé")));
                    default -> Optional.empty(); // NOT NULL and CHECK are bugs, not races
                };
            }
            if (e instanceof LockAcquisitionException || e instanceof PessimisticLockException
                    || e instanceof LockTimeoutException || e instanceof org.hibernate.PessimisticLockException) {
                return Optional.of(sentence(Text.of("another change of this event was still in progress",
                        "une autre modification de cet événement était encore en cours")));
            }
            if (e instanceof StaleStateException || e instanceof OptimisticLockException) {
                return Optional.of(sentence(Text.of("what you changed was changed or removed in between",
                        "ce que vous modifiez a été modifié ou supprimé entre-temps")));
            }
        }
        return Optional.empty();
    }

    private static Text sentence(Text what) {
        return Text.of("this was changed at the same time by another request: " + what.english() + "; reload and try again",
                "une autre requête a fait une modification au même moment : " + what.french() + " ; rechargez et réessayez");
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

    private static Text what(JDBCException e) {
        String name = e instanceof ConstraintViolationException v && v.getConstraintName() != null
                ? v.getConstraintName().toLowerCase(Locale.ROOT) : "";
        String sql = e.getSQL() == null ? "" : e.getSQL().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Text> known : WHAT.entrySet()) {
            if (name.contains(known.getKey())) {
                return known.getValue();
            }
        }
        for (Map.Entry<String, Text> known : WHAT.entrySet()) {
            if (sql.matches("(?s).*\\b(insert into|update)\\s+" + known.getKey() + "\\b.*")) {
                return known.getValue();
            }
        }
        return Text.of("a value that must be unique was taken", "une valeur qui doit être unique est déjà prise");
    }
}
