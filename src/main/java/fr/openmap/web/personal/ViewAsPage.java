package fr.openmap.web.personal;

import fr.openmap.access.Roles;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.web.console.EventPaths;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The console's "voir comme …": a participant's personal space as they see it, for an organizer, read-only and
 * without their token, under a banner saying so (the personal page's own rendering, {@link PersonalHome}).
 */
@Path("/console/events/{id}/as/{ref}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class ViewAsPage {

    @Inject
    PersonalSpace space;
    @Inject
    PersonalHome home;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("id") long eventId, @PathParam("ref") String ref) {
        Participant who = space.asOrganizer(eventId, ref);
        PersonalMessages words = space.words();
        String list = EventPaths.event(eventId) + (who instanceof Buyer ? "/buyers" : "/structures");
        return home.render(who, null, null,
                new PersonalPage.ReadOnly(words.readOnlyBanner(who.displayName()), list, words.backToConsole()));
    }
}
