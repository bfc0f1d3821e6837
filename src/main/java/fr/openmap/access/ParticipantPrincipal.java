package fr.openmap.access;

import java.security.Principal;

/**
 * A buyer or structure authenticated by their personal token: which one, and of which event.
 * Only ids travel with the identity; the entity is read where it is needed (the registration service's {@code calling()}).
 */
public record ParticipantPrincipal(Kind kind, long id, long eventId, String ref) implements Principal {

    public enum Kind {
        BUYER(Roles.BUYER, "buyer"), STRUCTURE(Roles.STRUCTURE, "structure");

        public final String role;
        /** The kind in the API's sentences. */
        final String word;

        Kind(String role, String word) {
            this.role = role;
            this.word = word;
        }
    }

    @Override
    public String getName() {
        return kind.role + ":" + eventId + ":" + ref;
    }
}
