package fr.openmap.access;

import java.security.Principal;

/**
 * A buyer or structure authenticated by their personal token: which one, and of which event.
 * Only ids travel with the identity; the entity is read where it is needed ({@link Caller#participant()}).
 */
public record ParticipantPrincipal(Kind kind, long id, long eventId, String ref) implements Principal {

    public enum Kind {
        BUYER(Roles.BUYER), STRUCTURE(Roles.STRUCTURE);

        final String role;

        Kind(String role) {
            this.role = role;
        }
    }

    @Override
    public String getName() {
        return kind.role + ":" + eventId + ":" + ref;
    }
}
