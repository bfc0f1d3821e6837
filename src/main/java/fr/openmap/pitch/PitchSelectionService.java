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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
     * Selects the best {@code pitchPlaces} applications by median, wait-lists the next {@code waitlistSize},
     * marks the rest NOT_SELECTED and sets every rank. If applications tie at a boundary, nothing changes and
     * the ties come back for the organizer to settle (with {@code tieBreak}).
     */
    @Transactional
    public Selection.Result select(long eventId, SelectionForm form) {
        caller.requireOrganizer();
        // the form's own shape first: a faulty body is a 422 whatever the state of the call
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
        shape.throwIfAny();
        Event event = events.lock(eventId);
        PitchCall call = calls.require(event);
        if (call.selectionMade()) {
            String change = " POST /api/events/" + eventId + "/pitch/{structureRef}/status";
            throw new ConflictException(Text.of("the selection was already made on " + PitchCallService.local(call.selectedAt, event)
                    + "; change one structure's status with" + change, "la sélection a déjà été faite le "
                    + PitchCallService.localInFrench(call.selectedAt, event) + " ; changez le statut d'une structure avec" + change));
        }
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
        Problems problems = new Problems();
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

        Selection.Result result = Selection.decide(ranked.stream().map(PitchReviewService.Ranked::entry).toList(),
                event.pitchPlaces, call.waitlistSize, tieBreak);
        if (result.hasTies()) {
            return result;
        }
        Map<String, Structure> byRef = candidates.stream().map(a -> a.structure)
                .collect(Collectors.toMap(s -> s.ref, Function.identity()));
        String suffix = note == null ? "" : "; " + note;
        for (Selection.Outcome outcome : result.outcomes()) {
            String reason = "selection: rank " + outcome.rank() + ", median " + outcome.median()
                    + (outcome.settledByTieBreak() ? ", tie settled by the organizer" : "") + suffix;
            statuses.change(byRef.get(outcome.structureRef()), outcome.status(), outcome.rank(), reason);
        }
        call.selectedAt = Instant.now();
        call.selectedBy = statuses.actor();
        return result;
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
