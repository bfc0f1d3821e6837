package fr.openmap.access;

import java.security.Principal;

/** A pitch committee member authenticated by their personal review link: which member, of which event. */
public record ReviewerPrincipal(long id, long eventId) implements Principal {

    @Override
    public String getName() {
        return Roles.REVIEWER + ":" + eventId + ":" + id;
    }
}
