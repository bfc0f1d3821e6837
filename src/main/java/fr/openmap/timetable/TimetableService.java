package fr.openmap.timetable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.snapshot.EventSnapshots;
import fr.openmap.timetable.solver.PairKey;
import fr.openmap.timetable.solver.PinSource;
import fr.openmap.timetable.solver.SchedulingRules;
import fr.openmap.timetable.solver.TimetableBound;
import fr.openmap.timetable.solver.TimetableExport;
import fr.openmap.timetable.solver.TimetableProblemFactory;
import fr.openmap.timetable.solver.TimetableResult;
import fr.openmap.timetable.solver.TimetableResultBuilder;
import fr.openmap.timetable.solver.TimetableSolution;
import fr.openmap.validation.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Solves an event's timetable in the background and keeps the result and every run in the
 * database: the current timetable is replaced only when a run ends, so a restart (or a failed
 * run) always leaves the last solved timetable in place.
 */
@ApplicationScoped
public class TimetableService {

    private static final Logger LOG = Logger.getLogger(TimetableService.class);
    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    SolverManager<TimetableSolution, Long> solverManager;
    @Inject
    SolutionManager<TimetableSolution, BendableLongScore> solutionManager;
    @Inject
    SchedulingRules rules;
    @Inject
    EventService events;
    @Inject
    EventSnapshots snapshots;
    @Inject
    ObjectMapper json;
    @Inject
    PublishedMeetings publishedMeetings;

    /**
     * The score, counts and per-rule breakdown of a run, kept as JSON with the run; {@code bound} is the
     * best score any plan could have ({@link TimetableBound}), {@code optimal} true when the plan reached it.
     */
    public record RunSummary(TimetableResult.ScoreLevels score, TimetableResult.Counts counts,
                             List<TimetableResult.RuleScore> rules, String bound, boolean optimal) {
    }

    private record Prepared(long runId, TimetableSolution problem, TimetableBound bound) {
    }

    /** The counts of the best plan found so far, per run being solved: progress for the organizer. */
    private final Map<Long, TimetableResult.Counts> bestSoFar = new java.util.concurrent.ConcurrentHashMap<>();

    /** The counts of the best plan a run being solved here has found so far, if it has found one. */
    public java.util.Optional<TimetableResult.Counts> bestSoFar(long runId) {
        return java.util.Optional.ofNullable(bestSoFar.get(runId));
    }

    /** Runs left SOLVING by a service that stopped cannot finish any more: say so. */
    void closeInterruptedRuns(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> TimetableRun.update(
                "status = ?1, endedAt = ?2, error = ?3 where status = ?4", TimetableRun.Status.NOT_SOLVED, Instant.now(),
                "interrupted: the service stopped while solving; the previous timetable was kept",
                TimetableRun.Status.SOLVING));
    }

    /**
     * Starts solving in the background. Unless {@code fresh}, each meeting already sent in an agenda
     * costs when it is moved or cancelled (a score level below served structures, above weight), so
     * published agendas change only where something has to give; before any agenda was sent, every
     * solve is a fresh plan. Bookings always stay. 409 when the event is already being solved.
     */
    public synchronized TimetableRun solve(long eventId, boolean fresh) {
        Prepared prepared = QuarkusTransaction.requiringNew().call(() -> prepare(eventId, fresh));
        solverManager.solveAndListen(prepared.runId(), runId -> prepared.problem(),
                best -> {
                    bestSoFar.put(prepared.runId(), TimetableResultBuilder.counts(best));
                    if (prepared.bound().reachedBy(best.getScore(), rules)) {
                        // Provably optimal: nothing left to find. Not from this thread: terminateEarly waits for
                        // the solver job to end, and the job waits for this consumer.
                        CompletableFuture.runAsync(() -> solverManager.terminateEarly(prepared.runId()));
                    }
                },
                solution -> finish(prepared.runId(), solution, prepared.bound()),
                (runId, error) -> fail(runId, error));
        return QuarkusTransaction.requiringNew().call(() -> TimetableRun.findById(prepared.runId()));
    }

    private Prepared prepare(long eventId, boolean fresh) {
        Event event = events.require(eventId);
        if (TimetableRun.count("event = ?1 and status = ?2", event, TimetableRun.Status.SOLVING) > 0) {
            throw new ConflictException(Text.of("the timetable of this event is already being solved; stop it or wait",
                    "le planning de cet événement est déjà en cours de calcul ; arrêtez-le ou attendez"));
        }
        EventSnapshot snapshot = snapshots.read(eventId);
        List<Slot> slots = snapshot.slots();
        Map<PairKey, Integer> published = new HashMap<>();
        for (PublishedMeetings.Sent sent : publishedMeetings.of(event)) {
            published.put(new PairKey(sent.buyerRef(), sent.structureRef()),
                    Slots.startingAt(slots, sent.date(), sent.start()).map(Slot::index).orElse(-1));
        }
        Map<PairKey, Integer> pinned = new HashMap<>();
        for (TimetablePin pin : TimetablePin.ofEvent(event)) {
            PairKey pair = new PairKey(pin.buyer.ref, pin.structure.ref);
            if (pin.keptOut()) {
                pinned.put(pair, -1);
            } else {
                // a pin at a slot the programme no longer has holds nothing
                Slots.startingAt(slots, pin.date, pin.start).ifPresent(slot -> pinned.put(pair, slot.index()));
            }
        }
        TimetableSolution problem = TimetableProblemFactory.build(snapshot, rules, published, fresh, pinned);
        TimetableRun run = new TimetableRun();
        run.event = event;
        run.status = TimetableRun.Status.SOLVING;
        run.fresh = fresh;
        run.startedAt = Instant.now();
        run.persist();
        return new Prepared(run.id, problem, TimetableBound.of(problem));
    }

    /** Stops a run early; it ends SOLVED with the best timetable found so far. 409 when not solving. */
    @Transactional
    public void stop(long eventId) {
        Event event = events.require(eventId);
        TimetableRun run = TimetableRun.latest(event)
                .filter(r -> r.status == TimetableRun.Status.SOLVING)
                .orElseThrow(() -> new ConflictException(Text.of("the timetable of this event is not being solved",
                        "le planning de cet événement n'est pas en cours de calcul")));
        solverManager.terminateEarly(run.id);
    }

    /** Called on the solver's thread with the final best solution: replaces the current timetable. */
    private void finish(long runId, TimetableSolution solution, TimetableBound bound) {
        bestSoFar.remove(runId);
        try {
            TimetableResult result = new TimetableResultBuilder(solutionManager).build(solution);
            boolean optimal = bound.reachedBy(solution.getScore(), rules);
            QuarkusTransaction.requiringNew().run(() -> store(runId, result, bound.score(rules).toString(), optimal));
        } catch (RuntimeException e) {
            fail(runId, e);
        }
    }

    private void store(long runId, TimetableResult result, String bound, boolean optimal) {
        TimetableRun run = TimetableRun.findById(runId);
        Event event = run.event;
        Map<String, Buyer> buyers = Buyer.<Buyer>list("event", event).stream()
                .collect(Collectors.toMap(b -> b.ref, Function.identity()));
        Map<String, Structure> structures = Structure.<Structure>list("event", event).stream()
                .collect(Collectors.toMap(s -> s.ref, Function.identity()));
        ScheduledMeeting.delete("event", event);
        UnscheduledPair.delete("event", event);
        for (TimetableResult.PlannedMeeting planned : result.meetings()) {
            Buyer buyer = buyers.get(planned.buyerRef());
            Structure structure = structures.get(planned.structureRef());
            if (buyer == null || structure == null) {
                continue; // removed from the event while solving
            }
            ScheduledMeeting meeting = new ScheduledMeeting();
            meeting.event = event;
            meeting.buyer = buyer;
            meeting.structure = structure;
            meeting.date = planned.slot().date();
            meeting.start = planned.slot().start();
            meeting.end = planned.slot().end();
            meeting.table = planned.table();
            meeting.booked = planned.pinSource() == PinSource.BOOKING;
            meeting.pinned = planned.pinSource() == PinSource.ORGANIZER;
            meeting.persist();
        }
        for (TimetableResult.LeftOutPair left : result.unscheduled()) {
            UnscheduledPair.record(event, left.buyerRef(), left.structureRef(), left.reason());
        }
        run.status = TimetableRun.Status.SOLVED;
        run.endedAt = Instant.now();
        run.hard = result.score().hard();
        run.unserved = result.score().unservedStructures();
        run.weight = result.score().weight();
        run.gaps = result.score().gaps();
        run.meetings = result.counts().meetings();
        run.served = result.counts().structuresServed();
        run.buyersMet = result.counts().buyersWithMeeting();
        run.breakdown = toJson(new RunSummary(result.score(), result.counts(), result.rules(), bound, optimal));
    }

    private void fail(long runId, Throwable error) {
        bestSoFar.remove(runId);
        LOG.errorf(error, "timetable run %d failed", runId);
        QuarkusTransaction.requiringNew().run(() -> {
            TimetableRun run = TimetableRun.findById(runId);
            run.status = TimetableRun.Status.NOT_SOLVED;
            run.endedAt = Instant.now();
            run.error = "the solver failed: " + error.getMessage() + "; the previous timetable was kept";
        });
    }

    /** The latest run of the event, if it was ever solved. */
    @Transactional
    public java.util.Optional<TimetableRun> latestRun(long eventId) {
        return TimetableRun.latest(events.require(eventId));
    }

    /** The latest run that ended with a timetable. */
    @Transactional
    public java.util.Optional<TimetableRun> lastSolved(long eventId) {
        return TimetableRun.find("event = ?1 and status = ?2 order by startedAt desc, id desc",
                events.require(eventId), TimetableRun.Status.SOLVED).firstResultOptional();
    }

    @Transactional
    public List<ScheduledMeeting> meetings(long eventId) {
        return ScheduledMeeting.ofEvent(events.require(eventId));
    }

    /** How the current timetable differs from the agendas last sent (all zero before any was sent). */
    @Transactional
    public PublishedDifference differenceFromPublished(long eventId) {
        Event event = events.require(eventId);
        return PublishedDifference.between(publishedMeetings.of(event), ScheduledMeeting.ofEvent(event));
    }

    @Transactional

    public List<UnscheduledPair> unscheduled(long eventId) {
        return UnscheduledPair.list("event = ?1 order by buyer, structure", events.require(eventId));
    }

    public RunSummary summary(TimetableRun run) {
        if (run.breakdown == null) {
            return null;
        }
        try {
            return json.readValue(run.breakdown, RunSummary.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable run summary of run " + run.id, e);
        }
    }

    /** The current timetable as an {@code openmap-timetable/1} document; 409 before any timetable exists. */
    @Transactional
    public TimetableExport export(long eventId) {
        Event event = events.require(eventId);
        requireSolved(event);
        List<TimetableExport.Meeting> meetings = ScheduledMeeting.ofEvent(event).stream()
                .map(m -> new TimetableExport.Meeting(m.buyer.ref, m.buyer.displayName(), m.structure.ref,
                        m.structure.displayName(), m.date.atTime(m.start).format(LOCAL_MINUTE),
                        m.date.atTime(m.end).format(LOCAL_MINUTE), m.table))
                .toList();
        List<TimetableExport.Unscheduled> unscheduled = unscheduled(eventId).stream()
                .map(u -> new TimetableExport.Unscheduled(u.buyer, u.structure, u.reason))
                .toList();
        return new TimetableExport(TimetableExport.FORMAT, event.slug, meetings, unscheduled);
    }

    /** 409 before the event's first solved run: there is no timetable to give out. */
    static void requireSolved(Event event) {
        if (TimetableRun.count("event = ?1 and status = ?2", event, TimetableRun.Status.SOLVED) == 0) {
            throw new ConflictException(Text.of("this event has no timetable yet: solve it first",
                    "cet événement n'a pas encore de planning : calculez-le d'abord"));
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
