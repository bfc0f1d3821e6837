package fr.openmap.web.personal;

import fr.openmap.access.Roles;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.personal.booking.BookingPage;
import fr.openmap.web.personal.pitch.PitchApplicationPage;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The console's "voir comme …": a participant's personal space as they see it — home, registration, catalogue,
 * booking, pitch — for an organizer, read-only and without their token, under a banner saying so, its navigation
 * staying inside this view. Each page is the participant's own rendering (their page class's {@code readOnly});
 * only GETs: nothing here changes anything, and the space's POSTs stay the participant's.
 */
@Path("/console/events/{id}/as/{ref}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class ViewAsPage {

    private static final Text NOT_THEIRS = Text.of("this page is not part of this participant's space",
            "cette page ne fait pas partie de l'espace de ce participant");

    @Inject
    PersonalSpace space;
    @Inject
    PersonalHome home;
    @Inject
    ProfilePage profiles;
    @Inject
    CataloguePage catalogues;
    @Inject
    BookingPage bookings;
    @Inject
    PitchApplicationPage pitches;

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("id") long eventId, @PathParam("ref") String ref) {
        Participant who = space.asOrganizer(eventId, ref);
        return home.render(who, null, null);
    }

    @GET
    @Path("/profile")
    @Transactional
    public TemplateInstance profile(@PathParam("id") long eventId, @PathParam("ref") String ref) {
        return profiles.readOnly(space.asOrganizer(eventId, ref));
    }

    @GET
    @Path("/catalogue")
    @Transactional
    public TemplateInstance catalogue(@PathParam("id") long eventId, @PathParam("ref") String ref,
                                      @QueryParam("q") String q, @QueryParam("family") String family,
                                      @QueryParam("department") String department, @QueryParam("sector") String sector) {
        return catalogues.readOnly(space.asOrganizer(eventId, ref), new CataloguePage.Search(q, family, department, sector));
    }

    @GET
    @Path("/booking")
    @Transactional
    public TemplateInstance booking(@PathParam("id") long eventId, @PathParam("ref") String ref) {
        if (!(space.asOrganizer(eventId, ref) instanceof Buyer buyer)) {
            throw new NotFoundException(NOT_THEIRS);
        }
        return bookings.readOnly(buyer);
    }

    @GET
    @Path("/pitch")
    @Transactional
    public TemplateInstance pitch(@PathParam("id") long eventId, @PathParam("ref") String ref) {
        if (!(space.asOrganizer(eventId, ref) instanceof Structure structure)) {
            throw new NotFoundException(NOT_THEIRS);
        }
        return pitches.readOnly(structure);
    }
}
