package fr.openmap.web.console.agendas;

import fr.openmap.access.Roles;
import fr.openmap.agenda.AgendaPublisher;
import fr.openmap.agenda.AgendaSendProgress;
import fr.openmap.agenda.AgendaStatus;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import fr.openmap.web.console.Listing;
import fr.openmap.web.console.Listing.Count;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import java.time.ZoneId;
import java.util.List;

/**
 * An event's agendas: who the next send writes to (new, changed, unchanged), a preview of each participant's email
 * as it will be sent, the send with its count confirmed, then the outbox's progress with those messages. Every
 * rule is {@link AgendaPublisher}'s, as for the API.
 */
@Path("/console/events/{id}/agendas")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class AgendasPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    AgendaPublisher agendas;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, Event event, List<Line> lines, Counts counts,
                                            Progress progress, String refusal);

        static native TemplateInstance preview(Frame frame, Event event, Line line, String subject, String html,
                                               String text);

        static native TemplateInstance confirm(Frame frame, Event event, List<Line> lines, Counts counts);

        static native TemplateInstance sent(Frame frame, Event event, int count, Progress progress);
    }

    /** One participant as listed, {@code state} in words. */
    public record Line(String ref, String name, String email, String kind, int meetings, AgendaStatus.State state, String stateWords) {
        public boolean due() {
            return state != AgendaStatus.State.UNCHANGED;
        }
    }

    /** How many agendas the next send writes: {@code fresh} never sent, {@code changed} since sent. */
    public record Counts(int fresh, int changed, int unchanged) {
        public int due() {
            return fresh + changed;
        }

        static Counts of(List<AgendaStatus> statuses) {
            return new Counts(count(statuses, AgendaStatus.State.NEW), count(statuses, AgendaStatus.State.CHANGED),
                    count(statuses, AgendaStatus.State.UNCHANGED));
        }

        private static int count(List<AgendaStatus> statuses, AgendaStatus.State state) {
            return (int) statuses.stream().filter(s -> s.state() == state).count();
        }
    }

    /**
     * The latest send's progress as shown; {@code when} in the event's time zone, null before any send; {@code here}
     * the page that shows it (re-read by htmx, or by the reload link).
     */
    public record Progress(AgendaSendProgress state, String when, List<Count> counts, String here) {
    }

    @GET
    public Response list(@PathParam("id") long id) {
        return page(id, null, 200);
    }

    /** The email the next send would write to one participant: subject, HTML and text, the personal link masked. */
    @GET
    @Path("/{ref}/preview")
    public Response preview(@PathParam("id") long id, @PathParam("ref") String ref) {
        Event event = events.require(id);
        Outbox.Message message;
        Line line;
        try {
            message = agendas.preview(id, ref);
            line = line(agendas.status(id, ref));
        } catch (NotFoundException e) {
            return page(id, console.refused(e.text()), 404);
        }
        return Response.ok(console.localized(Templates.preview(
                console.frame(words().previewTitle(line.name()), event, ConsoleSection.AGENDAS), event, line,
                message.subject(), PersonalLinks.mask(message.html()), PersonalLinks.mask(message.text())))).build();
    }

    /** "N agendas will be sent: X new, Y changed", and to whom, before anything is written. */
    @GET
    @Path("/send")
    public Response confirm(@PathParam("id") long id) {
        Event event = events.require(id);
        List<AgendaStatus> statuses = agendas.statuses(id);
        Counts counts = Counts.of(statuses);
        if (counts.due() == 0) {
            return page(id, words().nothingToSend(), 409);
        }
        List<Line> due = statuses.stream().map(this::line).filter(Line::due).toList();
        return Response.ok(console.localized(Templates.confirm(
                console.frame(words().confirmTitle(counts.due()), event, ConsoleSection.AGENDAS), event, due, counts)))
                .build();
    }

    /** Sends the count confirmed, or nothing when it is no longer the count (the timetable changed in between). */
    @POST
    @Path("/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @FormParam("count") Integer count) {
        if (count == null || count <= 0) {
            return page(id, words().nothingToSend(), 409);
        }
        int sent;
        try {
            sent = agendas.publish(id, count);
        } catch (ConflictException e) {
            return page(id, console.refused(e.text()), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/agendas/sent").queryParam("count", sent)
                .build(id)).build();
    }

    /** After a send: how many, and the outbox's progress with them (htmx polls this very page while some wait). */
    @GET
    @Path("/sent")
    public Response sent(@PathParam("id") long id, @QueryParam("count") Integer count) {
        Event event = events.require(id);
        Progress progress = progress(event, count == null ? ConsoleSection.AGENDAS.href(id) + "/sent"
                : UriBuilder.fromPath("/console/events/{id}/agendas/sent").queryParam("count", count).build(id).toString());
        int shown = count == null ? progress.state().total() : count;
        return Response.ok(console.localized(Templates.sent(
                console.frame(words().sentTitle(), event, ConsoleSection.AGENDAS), event, shown, progress))).build();
    }

    private Response page(long id, String refusal, int status) {
        Event event = events.require(id);
        List<AgendaStatus> statuses = agendas.statuses(id);
        return Response.status(status).entity(console.localized(Templates.list(
                console.frame(words().title(), event, ConsoleSection.AGENDAS), event,
                statuses.stream().map(this::line).toList(), Counts.of(statuses),
                progress(event, ConsoleSection.AGENDAS.href(id)), refusal))).build();
    }

    private Line line(AgendaStatus s) {
        AgendaPages words = words();
        String state = switch (s.state()) {
            case NEW -> words.stateNew();
            case CHANGED -> words.stateChanged();
            case UNCHANGED -> words.stateUnchanged();
        };
        return new Line(s.ref(), s.name(), s.email(), s.buyer() ? words.kindBuyer() : words.kindStructure(), s.meetings(),
                s.state(), state);
    }

    private Progress progress(Event event, String here) {
        AgendaSendProgress state = agendas.lastSendProgress(event.id);
        AgendaPages words = words();
        String outbox = ConsoleSection.OUTBOX.href(event.id) + "?status=";
        List<Count> counts = List.of(
                new Count("PENDING", words.progressPending(), state.pending(), outbox + "PENDING"),
                new Count("SENT", words.progressSent(), state.sent(), outbox + "SENT"),
                new Count("FAILED", words.progressFailed(), state.failed(), outbox + "FAILED"));
        return new Progress(state, Listing.moment(state.at(), ZoneId.of(event.timezone), console.language()), counts,
                here);
    }

    private AgendaPages words() {
        return console.language().messages(AgendaPages.class);
    }
}
