package fr.openmap.api;

import fr.openmap.access.Caller;
import fr.openmap.access.Roles;
import fr.openmap.i18n.Language;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.timetable.TimetableEdits;
import fr.openmap.timetable.TimetableRun;
import fr.openmap.timetable.TimetableService;
import fr.openmap.timetable.TimetableSpreadsheet;
import fr.openmap.timetable.UnscheduledPair;
import fr.openmap.timetable.solver.TimetableExport;
import fr.openmap.timetable.solver.TimetableResult;
import fr.openmap.validation.Written;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

/** The networking timetable of an event: solve, stop, status with score and meetings, export. */
@RolesAllowed(Roles.ORGANIZER)
@Path("/api/events/{eventId}/timetable")
public class TimetableResource {

    @Inject
    TimetableService timetables;
    @Inject
    Caller caller;
    @Inject
    TimetableEdits edits;
    @Inject
    TimetableSpreadsheet spreadsheets;

    public record RunView(long runId, String status, boolean fresh, Instant startedAt, Instant endedAt) {
        static RunView of(TimetableRun run) {
            return new RunView(run.id, run.status.name(), run.fresh, run.startedAt, run.endedAt);
        }
    }

    public record MeetingView(String buyer, String structure, String date, String start, String end, String table,
                              boolean booked, boolean pinned) {
        static MeetingView of(ScheduledMeeting m) {
            return new MeetingView(m.buyer.ref, m.structure.ref, m.date.toString(), Written.time(m.start),
                    Written.time(m.end), m.table, m.booked, m.pinned);
        }
    }

    /** A pair left out; {@code reason} in the language the caller's {@code Accept-Language} prefers, English by default. */
    public record UnscheduledView(String buyer, String structure, String reason) {
        static UnscheduledView of(UnscheduledPair u, Language language) {
            return new UnscheduledView(u.buyer, u.structure, u.reasonText().in(language));
        }
    }

    /**
     * Status of the latest run, and the current timetable (the last solved one). While solving,
     * {@code meetingsSoFar} tells how many meetings the best plan found so far holds and {@code bestSoFar} its counts
     * (served structures, weight, idle slots…; null until a first plan is found). {@code bound} is the best
     * score any plan could have; {@code optimal} is true when the timetable reached it (the run then stopped at once).
     */
    public record TimetableView(String status, RunView run, String error, Integer meetingsSoFar,
                                TimetableResult.Counts bestSoFar, TimetableResult.ScoreLevels score,
                                String bound, Boolean optimal, TimetableResult.Counts counts,
                                List<TimetableResult.RuleScore> rules, List<MeetingView> meetings,
                                List<UnscheduledView> unscheduled) {
    }

    /** Starts solving in the background: 202. {@code ?fresh=true} ignores the agendas already sent (see TimetableService#solve). */
    @POST
    @Path("/solve")
    public Response solve(@PathParam("eventId") long eventId, @QueryParam("fresh") boolean fresh) {
        caller.requireOrganizer();
        TimetableRun run = timetables.solve(eventId, fresh);
        return Response.accepted(RunView.of(run)).build();
    }

    /**
     * A hand edit of the current timetable ({@code move}, {@code swap}, {@code add}, {@code remove}, {@code pin},
     * {@code unpin}), checked by the solver's rules: 409 naming the rule and the people when refused; the
     * timetable as {@link #get} shows it when done. Edits are pinned: later solves keep them.
     */
    @POST
    @Path("/edits")
    public TimetableView edit(@PathParam("eventId") long eventId, TimetableEdits.Edit edit, @Context HttpHeaders headers) {
        edits.apply(eventId, edit);
        return get(eventId, headers);
    }

    @POST
    @Path("/stop")
    public Response stop(@PathParam("eventId") long eventId) {
        caller.requireOrganizer();
        timetables.stop(eventId);
        return Response.accepted().build();
    }

    @GET
    public TimetableView get(@PathParam("eventId") long eventId, @Context HttpHeaders headers) {
        caller.requireOrganizer();
        Language language = ErrorMappers.language(headers);
        TimetableRun run = timetables.latestRun(eventId).orElse(null);
        TimetableService.RunSummary summary = run == null ? null : lastSolvedSummary(eventId, run);
        boolean solving = run != null && run.status == TimetableRun.Status.SOLVING;
        TimetableResult.Counts bestSoFar = solving ? timetables.bestSoFar(run.id).orElse(null) : null;
        return new TimetableView(run == null ? TimetableRun.Status.NOT_SOLVED.name() : run.status.name(),
                run == null ? null : RunView.of(run), run == null ? null : run.error,
                solving ? (bestSoFar == null ? 0 : bestSoFar.meetings()) : null, bestSoFar,
                summary == null ? null : summary.score(), summary == null ? null : summary.bound(),
                summary == null ? null : summary.optimal(), summary == null ? null : summary.counts(),
                summary == null ? List.of() : summary.rules(),
                timetables.meetings(eventId).stream().map(MeetingView::of).toList(),
                timetables.unscheduled(eventId).stream().map(u -> UnscheduledView.of(u, language)).toList());
    }

    @GET
    @Path("/export")
    public TimetableExport export(@PathParam("eventId") long eventId) {
        caller.requireOrganizer();
        return timetables.export(eventId);
    }

    /** The timetable as a CSV that French Excel opens: one row per meeting, with names and contacts. */
    @GET
    @Path("/export.csv")
    public Response exportCsv(@PathParam("eventId") long eventId) {
        caller.requireOrganizer();
        return Downloads.attachment(spreadsheets.csv(eventId));
    }

    /** The same as an Excel sheet. */
    @GET
    @Path("/export.xlsx")
    public Response exportXlsx(@PathParam("eventId") long eventId) {
        caller.requireOrganizer();
        return Downloads.attachment(spreadsheets.xlsx(eventId));
    }



    /** The score shown is the one of the timetable on display: the latest run that solved. */
    private TimetableService.RunSummary lastSolvedSummary(long eventId, TimetableRun latest) {
        return latest.status == TimetableRun.Status.SOLVED ? timetables.summary(latest)
                : timetables.lastSolved(eventId).map(timetables::summary).orElse(null);
    }
}
