package fr.openmap.access;

import fr.openmap.event.Event;
import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Who is calling the API: the organizer (HTTP Basic) or one participant (their personal token,
 * sent as {@code Authorization: Bearer <token>}). Participants may only see and change their own data.
 */
@RequestScoped
public class Caller {

    private boolean organizer;
    private String tokenHash;
    private Participant participant;
    private boolean resolved;

    void signInOrganizer() {
        organizer = true;
    }

    /** A participant's personal token: from the API's Bearer header, or from the link of a personal page. */
    public void presentToken(String token) {
        tokenHash = AccessTokens.hash(token);
    }

    public boolean isOrganizer() {
        return organizer;
    }

    /** The participant whose token was sent, if any; an unknown token is refused with 401. */
    public Optional<Participant> participant() {
        if (!resolved && tokenHash != null) {
            participant = Buyer.<Buyer>find("tokenHash", tokenHash).firstResultOptional()
                    .<Participant>map(b -> b)
                    .or(() -> Structure.<Structure>find("tokenHash", tokenHash).firstResultOptional())
                    .orElseThrow(() -> new UnauthorizedException("this access token is not valid"));
            resolved = true;
        }
        return Optional.ofNullable(participant);
    }

    public void requireOrganizer() {
        participant();
        if (!organizer) {
            throw new ForbiddenException("only the organizer may do this");
        }
    }

    /** The organizer, or the participant themselves; anybody else gets 403. */
    public void requireSelfOrOrganizer(Participant owner) {
        if (organizer) {
            return;
        }
        Participant me = participant().orElseThrow(() -> new ForbiddenException("only the organizer may do this"));
        if (!isSame(me, owner)) {
            throw new ForbiddenException("you may only see and change your own data");
        }
    }

    /** The organizer, or a participant of this event; participants of other events get 403. */
    public void requireMemberOf(long eventId) {
        if (organizer) {
            return;
        }
        Participant me = participant().orElseThrow(() -> new ForbiddenException("only the organizer may do this"));
        if (me.event.id != eventId) {
            throw new ForbiddenException("your access token is for another event");
        }
    }

    /**
     * What this caller may list in an event: everything for the organizer, otherwise only rows
     * whose {@code buyer} or {@code structure} is the caller. Use as {@code X.list(scope.where() + " order by …", scope.value())}.
     */
    public Scope listScope(Event event) {
        requireMemberOf(event.id);
        if (organizer) {
            return new Scope("event = ?1", event);
        }
        Participant me = participant().orElseThrow();
        return new Scope((me instanceof Buyer ? "buyer" : "structure") + " = ?1", me);
    }

    /** A query condition with its one parameter. */
    public record Scope(String where, Object value) {
    }

    public boolean is(Participant other) {
        return participant().map(me -> isSame(me, other)).orElse(false);
    }

    private static boolean isSame(Participant a, Participant b) {
        return a.getClass() == b.getClass() && a.id.equals(b.id);
    }
}
