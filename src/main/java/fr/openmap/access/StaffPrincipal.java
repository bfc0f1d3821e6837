package fr.openmap.access;

import java.security.Principal;

/** The welcome desk of one event, authenticated by the link the organizer created. */
public record StaffPrincipal(long eventId) implements Principal {

    @Override
    public String getName() {
        return Roles.STAFF + ":" + eventId;
    }
}
