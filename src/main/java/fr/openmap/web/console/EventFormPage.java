package fr.openmap.web.console;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.eventfile.EventFile;
import fr.openmap.eventfile.EventFileService;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;

/**
 * Creating and editing an event, with the programme editor. The event becomes the event section of
 * an {@code openmap-event/1} file and goes through the same service and validator as an import;
 * every problem comes back next to its field with what was typed.
 */
@Path("/console/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class EventFormPage {

    static final List<String> ZONES = List.of("Europe/Paris", "America/Cayenne", "America/Guadeloupe",
            "America/Martinique", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti",
            "America/Miquelon", "Pacific/Wallis");

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    EventFileService eventFiles;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Frame frame, EventForm form, List<ItemView> items, List<Option> kinds,
                                            List<String> zones, FieldProblems problems, String refusal, String action,
                                            String submitLabel, String cancelHref);
    }

    /** The form's self-registration and organizer-contact fields. */
    public static class SettingsForm {
        @RestForm
        String registrationOpensAt;
        @RestForm
        String registrationClosesAt;
        @RestForm
        String registrationApproval;
        @RestForm
        String registrationMaxStructures;
        @RestForm
        String registrationMaxPendingRequests;
        @RestForm
        String registrationBuyerBooking;
        @RestForm
        String organizerName;
        @RestForm
        String organizerEmail;

        EventForm.Settings typed() {
            return new EventForm.Settings(registrationOpensAt, registrationClosesAt, registrationApproval != null,
                    registrationMaxStructures, organizerName, organizerEmail, registrationMaxPendingRequests,
                    registrationBuyerBooking != null);
        }
    }

    /** A choice in a list: its value and what the person reads. */
    public record Option(String value, String label) {
    }

    @GET
    @Path("/new")
    public Response newEvent() {
        return newForm(EventForm.blank(), FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String action, @RestForm String title, @RestForm String slug, @RestForm String theme,
                           @RestForm String venue, @RestForm String date, @RestForm String timezone,
                           @RestForm String tables, @RestForm String pitchPlaces, @RestForm List<String> kind,
                           @RestForm List<String> itemTitle, @RestForm List<String> start, @RestForm List<String> end,
                           @RestForm List<String> slotMinutes, @RestForm List<String> changeoverMinutes,
                           @BeanParam SettingsForm settings) {
        EventForm form = EventForm.posted(title, slug, theme, venue, date, timezone, tables, pitchPlaces, kind,
                itemTitle, start, end, slotMinutes, changeoverMinutes, settings.typed());
        EventForm edited = form.edited(action);
        if (edited != null) {
            return newForm(edited, FieldProblems.none(), null, 200);
        }
        try {
            Event event = eventFiles.importFile(new EventFile(EventFile.FORMAT, form.toFile(), null, null, null, null)).event();
            return EventDashboardPage.after(event.id, "created");
        } catch (InvalidInputException e) {
            return newForm(form, console.problems(e.problems(), "$.event.", form.fieldIds()::contains), null, 422);
        } catch (ConflictException e) {
            return newForm(form, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    @GET
    @Path("/{id}/edit")
    @Transactional
    public Response edit(@PathParam("id") long id) {
        Event event = events.require(id);
        return editForm(event, EventForm.of(event), FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @RestForm String action, @RestForm String title, @RestForm String slug,
                         @RestForm String theme, @RestForm String venue, @RestForm String date, @RestForm String timezone,
                         @RestForm String tables, @RestForm String pitchPlaces, @RestForm List<String> kind,
                         @RestForm List<String> itemTitle, @RestForm List<String> start, @RestForm List<String> end,
                         @RestForm List<String> slotMinutes, @RestForm List<String> changeoverMinutes,
                         @BeanParam SettingsForm settings) {
        Event event = events.require(id);
        EventForm form = EventForm.posted(title, slug, theme, venue, date, timezone, tables, pitchPlaces, kind,
                itemTitle, start, end, slotMinutes, changeoverMinutes, settings.typed());
        EventForm edited = form.edited(action);
        if (edited != null) {
            return editForm(event, edited, FieldProblems.none(), null, 200);
        }
        try {
            eventFiles.updateEvent(id, form.toFile());
            return EventDashboardPage.after(id, "saved");
        } catch (InvalidInputException e) {
            return editForm(event, form, console.problems(e.problems(), "$.event.", form.fieldIds()::contains), null, 422);
        } catch (ConflictException e) {
            return editForm(event, form, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    /** The slot count of one programme item as it is being typed (htmx asks for it; the form shows the same after a submit). */
    @GET
    @Path("/slot-count")
    @Produces(MediaType.TEXT_PLAIN)
    public String slotCount(@QueryParam("kind") String kind, @QueryParam("start") String start, @QueryParam("end") String end,
                            @QueryParam("slotMinutes") String slotMinutes,
                            @QueryParam("changeoverMinutes") String changeoverMinutes) {
        EventForm.Item item = new EventForm.Item(kind, "", start, end, slotMinutes, changeoverMinutes);
        return item.networking() ? console.words().slotCount(item.slotCount()) : "";
    }

    private Response newForm(EventForm form, FieldProblems problems, String refusal, int status) {
        ConsoleMessages words = console.words();
        return render(console.frame(words.formNewTitle()), form, problems, refusal, "/console/events/new",
                words.create(), EventPaths.CONSOLE, status);
    }

    private Response editForm(Event event, EventForm form, FieldProblems problems, String refusal, int status) {
        ConsoleMessages words = console.words();
        return render(console.frame(words.formEditTitle(), event, null), form, problems, refusal,
                EventPaths.event(event.id) + "/edit", words.save(), EventPaths.event(event.id), status);
    }

    private Response render(Frame frame, EventForm form, FieldProblems problems, String refusal, String action,
                            String submitLabel, String cancelHref, int status) {
        return Response.status(status).entity(console.localized(Templates.form(frame, form, ItemView.of(form), kinds(),
                ZONES, problems, refusal, action, submitLabel, cancelHref))).build();
    }

    private List<Option> kinds() {
        ConsoleMessages words = console.words();
        return Arrays.stream(ProgrammeKind.values()).map(k -> new Option(k.name(), kindLabel(k, words))).toList();
    }

    public static String kindLabel(ProgrammeKind kind, ConsoleMessages words) {
        return switch (kind) {
            case WELCOME -> words.kindWELCOME();
            case OPENING -> words.kindOPENING();
            case ROUND_TABLE -> words.kindROUND_TABLE();
            case PITCHES -> words.kindPITCHES();
            case NETWORKING -> words.kindNETWORKING();
            case EXHIBITION -> words.kindEXHIBITION();
            case CLOSING -> words.kindCLOSING();
            case OTHER -> words.kindOTHER();
        };
    }

    static Response redirect(String path, String key, String value) {
        return Response.seeOther(UriBuilder.fromPath(path).queryParam(key, value).build()).build();
    }
}
