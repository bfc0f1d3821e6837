package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchForms.SelectionForm;
import fr.openmap.pitch.PitchForms.StatusForm;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The selection of the pitches, the organizer's overrides and the audit trail; withdrawals are {@link PitchWithdrawals}. */
@ApplicationScoped
public class PitchSelectionService {

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PitchCallService calls;
    @Inject
    PitchApplicationService applications;
    @Inject
    PitchReviewService reviews;
    @Inject
    PitchStatusChanges statuses;
    @Inject
    Caller caller;

    /**
     * What the selection works with: the places and waiting-list positions already taken by structures whose
     * status was set without an application (by import or on their form), which the selection leaves alone.
     */
    public record Board(int pitchPlaces, int waitlistSize, List<Structure> heldSelected, List<Structure> heldWaitlisted,
                        boolean selectionMade, boolean notified) {

        /** Places the selection may fill. */
        public int freePlaces() {
            return Math.max(0, pitchPlaces - heldSelected.size());
        }

        /** Waiting-list positions the selection may fill by default. */
        public int freeWaitlist() {
            return Math.max(0, waitlistSize - heldWaitlisted.size());
        }
    }

    /** The places already taken and whether the selection was made and told (organizer). */
    @Transactional
    public Board board(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        return board(event, calls.require(event));
    }

    private Board board(Event event, PitchCall call) {
        Set<Long> applicants = PitchApplication.ofEvent(event).stream().map(a -> a.structure.id).collect(Collectors.toSet());
        List<Structure> held = Structure.<Structure>list("event = ?1 and pitchStatus in ?2 order by pitchRank, ref", event,
                List.of(PitchStatus.SELECTED, PitchStatus.WAITLISTED)).stream().filter(s -> !applicants.contains(s.id)).toList();
        return new Board(event.pitchPlaces, call.waitlistSize,
                held.stream().filter(s -> s.pitchStatus == PitchStatus.SELECTED).toList(),
                held.stream().filter(s -> s.pitchStatus == PitchStatus.WAITLISTED).toList(),
                call.selectionMade(), PitchNotice.count("event", event) > 0);
    }

    /**
     * Selects the best {@code select} applications by median (by default the places not already taken),
     * wait-lists the next {@code waitlist}, marks the rest NOT_SELECTED and sets every rank (after the ranks
     * of the structures already holding a place). If applications tie at a boundary, nothing changes and the
     * ties come back for the organizer to settle (with {@code tieBreak}). With {@code redo}, a selection made
     * before any applicant was told is replaced; a structure that keeps its place keeps its time.
     */
    @Transactional
    public Selection.Result select(long eventId, SelectionForm form) {
        caller.requireOrganizer();
        Shape shape = shape(form);
        Event event = events.lock(eventId);
        Plan plan = plan(event, form, shape);
        if (plan.result().hasTies()) {
            return plan.result();
        }
        PitchCall call = plan.call();
        String suffix = shape.note() == null ? "" : "; " + shape.note();
        // those leaving a place first, so that a newly selected structure takes a place freed, not a new one
        List<Selection.Outcome> order = plan.result().outcomes().stream()
                .sorted(Comparator.comparing((Selection.Outcome o) -> o.status() == PitchStatus.SELECTED)).toList();
        for (Selection.Outcome outcome : order) {
            Structure structure = plan.byRef().get(outcome.structureRef());
            if (structure.pitchStatus == outcome.status() && Objects.equals(structure.pitchRank, outcome.rank())) {
                continue; // a redo that keeps this one where it was
            }
            String reason = (call.selectionMade() ? "selection redone: rank " : "selection: rank ") + outcome.rank()
                    + ", median " + outcome.median()
                    + (outcome.settledByTieBreak() ? ", tie settled by the organizer" : "") + suffix;
            statuses.change(structure, outcome.status(), outcome.rank(), reason);
        }
        call.selectedAt = Instant.now();
        call.selectedBy = statuses.actor();
        return plan.result();
    }

    /** What {@link #select} would do with this form now (the outcomes, or the ties to settle); nothing is written. */
    @Transactional
    public Selection.Result preview(long eventId, SelectionForm form) {
        caller.requireOrganizer();
        Shape shape = shape(form);
        return plan(events.require(eventId), form, shape).result();
    }

    private record Shape(List<String> tieBreak, String note, Integer waitlist, boolean redo) {
    }

    private record Plan(PitchCall call, Selection.Result result, Map<String, Structure> byRef) {
    }

    /** The form's own shape first: a faulty body is a 422 whatever the state of the call. */
    private static Shape shape(SelectionForm form) {
        Problems shape = new Problems();
        List<String> tieBreak = form == null || form.tieBreak() == null ? List.of() : form.tieBreak();
        if (tieBreak.size() > Limits.TIE_BREAK) {
            shape.add("tieBreak", Text.of("has " + tieBreak.size() + " refs: " + Limits.TIE_BREAK + " at most",
                    "compte " + tieBreak.size() + " refs : " + Limits.TIE_BREAK + " au plus"));
        } else {
            for (int i = 0; i < tieBreak.size(); i++) {
                shape.ref("tieBreak[" + i + "]", tieBreak.get(i));
            }
        }
        String note = form == null ? null : shape.optionalText("reason", form.reason(), Limits.REASON);
        Integer waitlist = form == null ? null : shape.optionalBetween("waitlist", form.waitlist(), 0, Limits.WAITLIST_MAX);
        shape.throwIfAny();
        return new Shape(tieBreak, note, waitlist, form != null && Boolean.TRUE.equals(form.redo()));
    }

    private Plan plan(Event event, SelectionForm form, Shape shape) {
        PitchCall call = calls.require(event);
        Board board = board(event, call);
        if (call.selectionMade() && (!shape.redo() || board.notified())) {
            String change = " POST /api/events/" + event.id + "/pitch/{structureRef}/status";
            Text made = Text.of("the selection was already made on " + PitchCallService.local(call.selectedAt, event),
                    "la sélection a déjà été faite le " + PitchCallService.localInFrench(call.selectedAt, event));
            throw new ConflictException(board.notified()
                    ? Text.of(made.english() + " and applicants were told; change one structure's status with" + change,
                    made.french() + " et les candidats ont été prévenus ; changez le statut d'une structure avec" + change)
                    : Text.of(made.english() + "; redo it (redo: true) until the notifications are sent, or change one "
                    + "structure's status with" + change, made.french() + " ; refaites-la (redo: true) tant que les "
                    + "notifications ne sont pas envoyées, ou changez le statut d'une structure avec" + change));
        }
        Problems problems = new Problems();
        int select = form == null || form.select() == null ? board.freePlaces() : form.select();
        if (select < 0 || select > board.freePlaces()) {
            problems.add("select", Text.of("must be between 0 and " + board.freePlaces() + ": " + board.heldSelected().size()
                            + " of the " + board.pitchPlaces() + " places are already taken (got " + select + ")",
                    "doit être compris entre 0 et " + board.freePlaces() + " : " + board.heldSelected().size() + " des "
                            + board.pitchPlaces() + " places sont déjà prises (valeur reçue : " + select + ")"));
        }
        int waitlist = shape.waitlist() == null ? board.freeWaitlist() : shape.waitlist();
        problems.throwIfAny();
        List<PitchApplication> candidates = PitchApplication.ofEvent(event).stream()
                .filter(a -> a.structure.pitchStatus != PitchStatus.WITHDRAWN).toList();
        if (candidates.isEmpty()) {
            throw new ConflictException(Text.of("there is no application to select from",
                    "il n'y a aucune candidature parmi laquelle sélectionner"));
        }
        List<PitchReviewService.Ranked> ranked = reviews.rank(event, call, candidates);
        List<String> unreviewed = ranked.stream().filter(r -> !r.entry().reviewed())
                .map(r -> r.application().structure.ref).sorted().toList();
        if (!unreviewed.isEmpty()) {
            String refs = String.join(", ", unreviewed);
            throw new ConflictException(Text.of("every application needs at least one review before the selection; not reviewed yet: "
                    + refs, "chaque candidature doit avoir au moins une évaluation avant la sélection ; pas encore évaluées : "
                    + refs));
        }
        List<String> tieBreak = shape.tieBreak();
        Set<String> refs = candidates.stream().map(a -> a.structure.ref).collect(Collectors.toSet());
        for (int i = 0; i < tieBreak.size(); i++) {
            if (!refs.contains(tieBreak.get(i))) {
                problems.add("tieBreak[" + i + "]", Text.of("'" + tieBreak.get(i) + "' is not an application in the running",
                        "« " + tieBreak.get(i) + " » n'est pas une candidature en lice"));
            } else if (tieBreak.indexOf(tieBreak.get(i)) != i) {
                problems.add("tieBreak[" + i + "]", Text.of("'" + tieBreak.get(i) + "' is listed twice",
                        "« " + tieBreak.get(i) + " » figure deux fois"));
            }
        }
        problems.throwIfAny();

        Map<String, Structure> byRef = candidates.stream().map(a -> a.structure)
                .collect(Collectors.toMap(s -> s.ref, Function.identity()));
        Selection.Result decided = Selection.decide(ranked.stream().map(PitchReviewService.Ranked::entry).toList(),
                select, waitlist, tieBreak);
        if (decided.hasTies()) {
            return new Plan(call, decided, byRef);
        }
        // ranks follow those of the structures already holding a place or a waiting-list position
        int offset = Stream.concat(board.heldSelected().stream(), board.heldWaitlisted().stream())
                .mapToInt(s -> s.pitchRank == null ? 0 : s.pitchRank)
                .reduce(board.heldSelected().size() + board.heldWaitlisted().size(), Math::max);
        return new Plan(call, new Selection.Result(decided.outcomes().stream()
                .map(o -> new Selection.Outcome(o.structureRef(), o.rank() + offset, o.status(), o.median(), o.settledByTieBreak()))
                .toList(), List.of()), byRef);
    }

    /** The organizer sets a structure's status by hand, after the selection, saying why. */
    @Transactional
    public PitchAuditEntry override(long eventId, String structureRef, StatusForm form) {
        caller.requireOrganizer();
        Problems problems = new Problems();
        if (form == null) {
            problems.add("body", Text.of("is required: {status, reason}", "est obligatoire : {status, reason}"));
            problems.throwIfAny();
        }
        PitchStatus status = problems.enumValue("status", form.status(), PitchStatus.class);
        String reason = problems.requiredText("reason", form.reason(), Limits.REASON);
        problems.throwIfAny();
        events.lock(eventId);
        Structure structure = registrations.findStructure(eventId, structureRef);
        applications.require(structure);
        if (!calls.require(structure.event).selectionMade()) {
            throw new ConflictException(Text.of("make the selection first: statuses are changed one by one only after it",
                    "faites d'abord la sélection : les statuts ne se changent un par un qu'après"));
        }
        if (structure.pitchStatus == status) {
            throw new ConflictException(Text.of("'" + structureRef + "' is already " + status,
                    "« " + structureRef + " » est déjà " + status));
        }
        return statuses.change(structure, status, null, reason);
    }

    /** Every status change of the event, oldest first. */
    @Transactional
    public List<PitchAuditEntry> audit(long eventId) {
        caller.requireOrganizer();
        return PitchAuditEntry.list("event = ?1 order by at, id", events.require(eventId));
    }
}
