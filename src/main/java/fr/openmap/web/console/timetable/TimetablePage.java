package fr.openmap.web.console.timetable;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.Slot;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.timetable.PublishedDifference;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.timetable.TimetableEdits;
import fr.openmap.timetable.TimetableRun;
import fr.openmap.timetable.TimetableService;
import fr.openmap.timetable.UnscheduledPair;
import fr.openmap.timetable.solver.TimetableResult;
import fr.openmap.timetable.solver.Rule;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestForm;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An event's timetable in the console: build it (fresh or keeping the agendas sent), follow the solver while it
 * runs and stop it, then read the result: its counts and distance to the bound, the grids by buyer and by
 * structure, and the pairs left out with their reasons. Every action is {@link TimetableService}'s, as in the API.
 */
@Path("/console/events/{id}/timetable")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class TimetablePage {

    /** The soft level of the score that holds the requests' weight (see {@code TimetableResult.ScoreLevels}). */
    private static final Text SLOT_REQUIRED = Text.of("choose the slot for the meeting",
            "choisissez le créneau de la rencontre");
    private static final Text OTHER_REQUIRED = Text.of("choose the other meeting of the swap",
            "choisissez l'autre rencontre de l'échange");

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    TimetableService timetables;
    @Inject
    RegistrationService registrations;
    @Inject
    MeetingRequestService requests;
    @Inject
    TimetableEdits timetableEdits;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Frame frame, Event event, Progress progress, Outcome outcome, boolean failed,
                                            TimetableGrids.Grid byBuyer, TimetableGrids.Grid byStructure,
                                            List<LeftOut> leftOut, Filters filters, HandEdit handEdit, String notice,
                                            String refusal);

        static native TemplateInstance progress(Event event, Progress progress);
    }

    /** A run being solved: since when, and the meetings of its best plan so far (null before the first one). */
    public record Progress(String elapsed, TimetableResult.Counts bestSoFar) {
    }

    /**
     * What the timetable on display amounts to; {@code boundWeight} is the most weight any plan could have,
     * {@code published} how it differs from the agendas already sent.
     */
    public record Outcome(int meetings, int served, int servable, int idleSlots, long totalWeight, long weight,
                          long boundWeight, boolean optimal, PublishedDifference published, String duration,
                          boolean fresh) {
    }

    /** A pair left out, by name, and why in the page's language. */
    public record LeftOut(String buyerRef, String buyer, String structureRef, String structure, String reason) {
    }

    /** The filters' choices and what is chosen ("" for all). */
    public record Filters(String buyer, String structure, List<Choice> buyers, List<Choice> structures) {
        public boolean any() {
            return !buyer.isEmpty() || !structure.isEmpty();
        }
    }

    /** One option of a filter. */
    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * The hand-edit forms: every meeting ("B01/S05", names and time), every slot ("2018-05-17T11:00"), and the pairs
     * left out that may be added ("B01/S05", names).
     */
    public record HandEdit(List<Choice> meetings, List<Choice> slots, List<Choice> addable) {
    }

    @GET
    @Transactional
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("buyer") String buyer,
                                 @QueryParam("structure") String structure, @QueryParam("done") String done) {
        return page(id, buyer, structure, done, null);
    }

    /**
     * The progress while solving, for htmx to poll; once the run has ended, htmx is told to load the page afresh
     * (which then shows the result, without the notice of the start). A plain browser is sent to the page.
     */
    @GET
    @Path("/progress")
    @Transactional
    public Response progress(@PathParam("id") long id, @HeaderParam("HX-Request") String htmx,
                             @HeaderParam("HX-Current-URL") String shown) {
        Event event = events.require(id);
        TimetableRun run = timetables.latestRun(id).orElse(null);
        if (htmx == null) {
            return Response.seeOther(UriBuilder.fromPath(ConsoleSection.TIMETABLE.href(id)).build()).build();
        }
        if (run == null || run.status != TimetableRun.Status.SOLVING) {
            // the page reloaded as it is (its filters kept), or without the notice of what was just done
            return shown != null && shown.contains("done=")
                    ? Response.ok("").header("HX-Redirect", ConsoleSection.TIMETABLE.href(id)).build()
                    : Response.ok("").header("HX-Refresh", "true").build();
        }
        return Response.ok(console.localized(Templates.progress(event, progress(run)))).build();
    }

    @POST
    @Path("/solve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response solve(@PathParam("id") long id, @RestForm String fresh) {
        try {
            timetables.solve(id, fresh != null && !fresh.isBlank());
        } catch (ConflictException e) {
            return refused(id, e);
        }
        return after(id, "started");
    }

    @POST
    @Path("/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@PathParam("id") long id) {
        try {
            timetables.stop(id);
        } catch (ConflictException e) {
            return refused(id, e);
        }
        return after(id, "stopped");
    }

    /**
     * A hand edit — move a meeting to a slot, swap it with another, add a pair left out at a slot, remove, pin or
     * unpin — through the same service as the API ({@link TimetableEdits}): refused in words, naming the rule and
     * the people, and nothing changed.
     */
    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @RestForm String meeting, @RestForm String action,
                         @RestForm String slot, @RestForm String other) {
        String[] pair = meeting == null ? new String[0] : meeting.split("/", 2);
        boolean swap = "swap".equals(action);
        String[] otherPair = !swap || other == null ? new String[0] : other.split("/", 2);
        if (swap && otherPair.length != 2) {
            return refused(id, OTHER_REQUIRED, 422);
        }
        LocalDateTime at = null;
        try {
            at = slot == null || slot.isBlank() ? null : LocalDateTime.parse(slot);
        } catch (DateTimeParseException e) {
            // left null: the service says the start is required
        }
        try {
            timetableEdits.apply(id, new TimetableEdits.Edit(action, pair.length == 2 ? pair[0] : null,
                    pair.length == 2 ? pair[1] : null, at == null ? null : at.toLocalDate().toString(),
                    at == null ? null : at.toLocalTime().toString(), swap ? otherPair[0] : null,
                    swap ? otherPair[1] : null));
        } catch (ConflictException e) {
            return refused(id, e.text(), 409);
        } catch (NotFoundException e) {
            return refused(id, e.text(), 404);
        } catch (InvalidInputException e) {
            return refused(id, e.problems().get(0).location().equals("start") ? SLOT_REQUIRED
                    : e.problems().get(0).text(), 422);
        }
        return after(id, "edited");
    }

    private Response refused(long id, ConflictException e) {
        return refused(id, e.text(), 409);
    }

    private Response refused(long id, Text why, int status) {
        return Response.status(status).entity(QuarkusTransaction.requiringNew().call(() -> page(id, null, null, null,
                console.refused(why)))).build();
    }

    private static Response after(long id, String done) {
        return Response.seeOther(UriBuilder.fromPath(ConsoleSection.TIMETABLE.href(id)).queryParam("done", done).build())
                .build();
    }

    /** The page; {@code done} names what was just done ("started" said only while the run lasts). */
    private TemplateInstance page(long id, String buyer, String structure, String done, String refusal) {
        Event event = events.require(id);
        Language language = console.language();
        String buyerRef = buyer == null ? "" : buyer.strip();
        String structureRef = structure == null ? "" : structure.strip();
        TimetableRun run = timetables.latestRun(id).orElse(null);
        Progress progress = run != null && run.status == TimetableRun.Status.SOLVING ? progress(run) : null;
        boolean failed = run != null && run.status == TimetableRun.Status.NOT_SOLVED;
        TimetableRun solved = run != null && run.status == TimetableRun.Status.SOLVED ? run
                : timetables.lastSolved(id).orElse(null);
        Outcome outcome = solved == null ? null : outcome(solved, timetables.differenceFromPublished(id));
        String notice = switch (done == null ? "" : done) {
            case "started" -> progress == null ? null : words().started();
            case "stopped" -> words().stopped();
            case "edited" -> words().edited();
            default -> null;
        };

        List<Slot> slots = event.slots();
        List<Buyer> buyers = registrations.buyers(id);
        List<Structure> structures = registrations.structures(id);
        List<ScheduledMeeting> meetings = timetables.meetings(id);
        Map<String, Integer> priorities = TimetableGrids.priorities(requests.list(id));
        TimetableGrids.Grid byBuyer = meetings.isEmpty() ? null : TimetableGrids.byBuyer(slots, buyers, meetings,
                priorities, language, b -> buyerRef.isEmpty() || b.ref.equals(buyerRef));
        TimetableGrids.Grid byStructure = meetings.isEmpty() ? null : TimetableGrids.byStructure(slots, structures,
                meetings, priorities, language, s -> structureRef.isEmpty() || s.ref.equals(structureRef));

        Map<String, String> buyerNames = new HashMap<>();
        buyers.forEach(b -> buyerNames.put(b.ref, b.organization));
        Map<String, String> structureNames = new HashMap<>();
        structures.forEach(s -> structureNames.put(s.ref, s.name));
        List<LeftOut> leftOut = timetables.unscheduled(id).stream()
                .filter(u -> buyerRef.isEmpty() || u.buyer.equals(buyerRef))
                .filter(u -> structureRef.isEmpty() || u.structure.equals(structureRef))
                .map(u -> leftOut(u, buyerNames, structureNames, language)).toList();
        Filters filters = new Filters(buyerRef, structureRef,
                buyers.stream().map(b -> new Choice(b.ref, b.organization, b.ref.equals(buyerRef))).toList(),
                structures.stream().map(s -> new Choice(s.ref, s.name, s.ref.equals(structureRef))).toList());
        HandEdit handEdit = new HandEdit(meetings.stream().map(m -> new Choice(m.buyer.ref + "/" + m.structure.ref,
                        m.buyer.organization + " — " + m.structure.name + " (" + DateTimeFormats.shortTime(m.start, language)
                                + ")", false)).toList(),
                slots.stream().map(s -> new Choice(s.startDateTime().toString(),
                        DateTimeFormats.shortTime(s.start(), language), false)).toList(),
                timetableEdits.addable(id).stream().map(u -> new Choice(u.buyer + "/" + u.structure, buyerNames.getOrDefault(u.buyer, u.buyer)
                        + " — " + structureNames.getOrDefault(u.structure, u.structure), false)).toList());
        return console.localized(Templates.page(console.frame(words().title(), event, ConsoleSection.TIMETABLE), event,
                progress, outcome, failed, byBuyer, byStructure, leftOut, filters, handEdit, notice, refusal));
    }

    private Progress progress(TimetableRun run) {
        return new Progress(duration(Duration.between(run.startedAt, Instant.now())),
                timetables.bestSoFar(run.id).orElse(null));
    }

    private Outcome outcome(TimetableRun run, PublishedDifference published) {
        TimetableService.RunSummary summary = timetables.summary(run);
        if (summary == null) {
            return null;
        }
        var counts = summary.counts();
        long boundWeight = BendableLongScore.parseScore(summary.bound()).softScore(Rule.Level.WEIGHT.index());
        return new Outcome(counts.meetings(), counts.structuresServed(), counts.structuresToServe(), counts.idleSlots(),
                counts.totalWeight(), summary.score().weight(), boundWeight, summary.optimal(), published,
                run.endedAt == null ? null : duration(Duration.between(run.startedAt, run.endedAt)),
                run.fresh);
    }

    private static LeftOut leftOut(UnscheduledPair u, Map<String, String> buyers, Map<String, String> structures,
                                   Language language) {
        return new LeftOut(u.buyer, buyers.getOrDefault(u.buyer, u.buyer), u.structure,
                structures.getOrDefault(u.structure, u.structure), u.reasonText().in(language));
    }

    /** A duration as a person reads it: "0,8 s", "12 s", "2 min 05 s". */
    private String duration(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 10_000) {
            return String.format(console.language().locale, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private TimetableMessages words() {
        return console.language().messages(TimetableMessages.class);
    }
}
