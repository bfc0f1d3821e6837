package fr.openmap.web.console;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.event.Slots;
import fr.openmap.eventfile.EventFile;
import fr.openmap.eventfile.EventFileService;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.overview.EventFigures;
import fr.openmap.overview.EventOverviewService;
import fr.openmap.overview.EventPhase;
import io.quarkus.qute.CheckedTemplate;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.util.List;

/** An event's dashboard: its figures and phase, its programme, and the way to each of its sections. */
@Path("/console/events")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class EventDashboardPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    EventFileService eventFiles;
    @Inject
    EventOverviewService overview;
    @Inject
    fr.openmap.registration.Approvals approvals;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Frame frame, Event event, EventFigures figures, String phase,
                                                 List<ProgrammeLine> programme, int slots, String notice, long pending);
    }

    /** One programme item as the dashboard lists it. */
    public record ProgrammeLine(String start, String end, String kind, String title, int slots, boolean networking) {
    }

    /** After a change: the dashboard, saying what was done. */
    static Response after(long eventId, String done) {
        return Response.seeOther(UriBuilder.fromPath(EventPaths.event(eventId)).queryParam("done", done).build()).build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("done") String done) {
        Event event = events.require(id);
        ConsoleMessages words = console.words();
        EventFigures figures = overview.figures(id);
        List<ProgrammeLine> programme = event.programme.stream().map(p -> line(p, words)).toList();
        String notice = switch (done == null ? "" : done) {
            case "created" -> words.created(event.title);
            case "saved" -> words.saved();
            case "duplicated" -> words.duplicated(event.title);
            case "imported" -> words.imported(event.title);
            default -> null;
        };
        return console.localized(Templates.dashboard(console.frame(event.title, event, ConsoleSection.DASHBOARD), event,
                figures, phase(figures.phase(), words), programme, event.slots().size(), notice, approvals.pendingCount(id)));
    }

    /** The event as its {@code openmap-event/1} file, downloaded. */
    @GET
    @Path("/{id}/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("id") long id) {
        EventFile file = eventFiles.exportFile(id);
        return Response.ok(file, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.event().slug() + ".json\"").build();
    }

    private ProgrammeLine line(ProgrammeItem p, ConsoleMessages words) {
        boolean networking = p.kind == fr.openmap.event.ProgrammeKind.NETWORKING;
        return new ProgrammeLine(DateTimeFormats.shortTime(p.start, console.language()),
                DateTimeFormats.shortTime(p.end, console.language()), EventFormPage.kindLabel(p.kind, words), p.title,
                networking ? Slots.count(p.start, p.end, p.slotMinutes, p.changeoverMinutes) : 0, networking);
    }

    static String phase(EventPhase phase, ConsoleMessages words) {
        return switch (phase) {
            case REGISTRATION_OPEN -> words.phaseRegistration();
            case PITCH_SELECTION_MADE -> words.phasePitchSelected();
            case TIMETABLE_BUILT -> words.phaseTimetable();
            case AGENDAS_SENT -> words.phaseAgendasSent();
        };
    }
}
