package fr.openmap.access;

import fr.openmap.event.Event;
import fr.openmap.i18n.Text;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Who is calling, as Quarkus Security authenticated them, and the one place that decides what is
 * theirs. Roles are checked on every endpoint ({@code @RolesAllowed}); services then ask here
 * whether the data they touch belongs to the caller. A participant asking for something that is
 * not theirs is told it does not exist (404, the same answer as for something unknown), so that
 * nobody can learn what others have.
 */
@RequestScoped
public class Caller {

    private static final Text ORGANIZER_ONLY = Text.of("only the organizer may do this",
            "seul l'organisateur peut le faire");

    @Inject
    SecurityIdentity identity;

    public boolean isOrganizer() {
        return identity.hasRole(Roles.ORGANIZER);
    }

    /** The authenticated participant's ids, if the caller is one. */
    public Optional<ParticipantPrincipal> principal() {
        return identity.getPrincipal() instanceof ParticipantPrincipal p ? Optional.of(p) : Optional.empty();
    }

    /** The authenticated committee member's ids, if the caller is one (on their review pages). */
    public Optional<ReviewerPrincipal> reviewer() {
        return identity.getPrincipal() instanceof ReviewerPrincipal r ? Optional.of(r) : Optional.empty();
    }

    public void requireOrganizer() {
        if (!isOrganizer()) {
            throw new ForbiddenException(ORGANIZER_ONLY);
        }
    }

    /**
     * The organizer, or the participant themselves. Anybody else is told the participant does not
     * exist: the same answer as for a ref nobody has.
     */
    public void requireSelfOrOrganizer(ParticipantIdentity owner) {
        if (!isOrganizer() && !is(owner)) {
            throw ParticipantIdentity.notFound(owner.participantEventId(), owner.participantRef(), owner.participantKind());
        }
    }

    /** The organizer, or a participant of this event; for participants of other events it does not exist. */
    public void requireMemberOf(long eventId) {
        if (isOrganizer()) {
            return;
        }
        ParticipantPrincipal me = principal().orElseThrow(() -> new ForbiddenException(ORGANIZER_ONLY));
        if (me.eventId() != eventId) {
            throw Event.notFound(eventId);
        }
    }

    /**
     * What this caller may list in an event: everything for the organizer, otherwise only rows
     * whose {@code buyer} or {@code structure} is the caller. Use as {@code X.list(scope.where() + " order by …", scope.value())}.
     */
    public Scope listScope(Event event) {
        requireMemberOf(event.id);
        if (isOrganizer()) {
            return new Scope("event = ?1", event);
        }
        ParticipantPrincipal me = principal().orElseThrow();
        return new Scope((me.kind() == ParticipantPrincipal.Kind.BUYER ? "buyer" : "structure") + ".id = ?1", me.id());
    }

    /** A query condition with its one parameter. */
    public record Scope(String where, Object value) {
    }

    /** Whether the caller is this very participant. */
    public boolean is(ParticipantIdentity other) {
        return other != null && principal()
                .map(me -> me.id() == other.participantId() && me.kind() == other.participantKind())
                .orElse(false);
    }
}
