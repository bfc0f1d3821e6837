package fr.openmap.requests;

import fr.openmap.access.ForbiddenException;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Who may move a meeting request from which state to which: the one home of these rules.
 * <ul>
 *   <li>The one asked answers: PENDING → ACCEPTED or DECLINED, and may change their mind
 *       (ACCEPTED ↔ DECLINED) until answers are frozen.</li>
 *   <li>The one who asked may withdraw (the request is removed) while it is PENDING or ACCEPTED and answers
 *       are not frozen; a DECLINED request stays on record, so it cannot be withdrawn and asked again.</li>
 *   <li>The organizer may do all of this, in any state, even after the freeze: they settle what is left.</li>
 *   <li>Answering the way the request already stands changes nothing (not even who answered and when).</li>
 *   <li>A participant asks for new meetings until the freeze too.</li>
 * </ul>
 * The freeze is a moment set by the organizer; from then on participants change nothing.
 */
public final class RequestTransitions {

    /** How the caller stands to the request. */
    public enum Role {
        ORGANIZER, ASKER, ASKED
    }

    /** What a move does once allowed. */
    public enum Outcome {
        /** The request takes the new state (or, for a withdrawal, is removed). */
        APPLY,
        /** The request already stands so: nothing to write. */
        UNCHANGED
    }

    private static final DateTimeFormatter FROZEN_AT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private RequestTransitions() {
    }

    /** May {@code role} answer {@code target} to a request standing at {@code current}? Throws the refusal. */
    public static Outcome answer(RequestStatus current, RequestStatus target, Role role, Freeze freeze) {
        if (role == Role.ASKER) {
            throw new ForbiddenException(Text.of("only the one who was asked may answer a request",
                    "seul le participant sollicité peut répondre à une demande"));
        }
        if (current == target) {
            return Outcome.UNCHANGED;
        }
        if (role == Role.ASKED) {
            freeze.refuseIfFrozen();
        }
        return Outcome.APPLY;
    }

    /** May {@code role} ask for a new meeting now? Participants may not once requests are frozen; throws the refusal. */
    public static void ask(Role role, Freeze freeze) {
        if (role != Role.ORGANIZER) {
            freeze.refuseIfFrozen();
        }
    }

    /** May {@code role} withdraw a request standing at {@code current}? Throws the refusal. */
    public static Outcome withdraw(RequestStatus current, Role role, Freeze freeze) {
        if (role == Role.ASKED) {
            throw new ForbiddenException(Text.of("only the one who asked may withdraw a request",
                    "seul l'auteur d'une demande peut la retirer"));
        }
        if (role == Role.ASKER) {
            if (current == RequestStatus.DECLINED) {
                throw new ConflictException(Text.of("this request was declined: it stays on record and cannot be withdrawn"
                        + " (the organizer can remove it)", "cette demande a été déclinée : elle reste enregistrée et ne "
                        + "peut pas être retirée (l'organisateur peut la supprimer)"));
            }
            freeze.refuseIfFrozen();
        }
        return Outcome.APPLY;
    }

    /** The event's freeze of participants' answers, if the organizer set one, as seen at {@code now}. */
    public record Freeze(Instant at, ZoneId zone, Instant now) {

        /** The freeze of {@code event}, moment {@code frozenAt} (null: none), as it stands now. */
        public static Freeze now(Instant frozenAt, fr.openmap.event.Event event) {
            return new Freeze(frozenAt, ZoneId.of(event.timezone), Instant.now());
        }

        public boolean frozen() {
            return at != null && !now.isBefore(at);
        }

        void refuseIfFrozen() {
            if (frozen()) {
                ZonedDateTime when = at.atZone(zone);
                throw new ConflictException(Text.of("answers to requests were frozen on " + FROZEN_AT.format(when)
                        + " by the organizer: only the organizer can change requests now",
                        "les réponses aux demandes ont été closes le " + DateTimeFormats.fullDate(when.toLocalDate(), Language.FR)
                        + " à " + DateTimeFormats.shortTime(when.toLocalTime(), Language.FR)
                        + " par l'organisateur : seul l'organisateur peut désormais modifier les demandes"));
            }
        }
    }
}
