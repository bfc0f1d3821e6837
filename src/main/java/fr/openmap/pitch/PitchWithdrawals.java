package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchForms.WithdrawForm;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A structure leaves the call for pitches; when it was selected, the first wait-listed structure takes its place. */
@ApplicationScoped
public class PitchWithdrawals {

    private static final Set<PitchStatus> MAY_WITHDRAW = EnumSet.of(PitchStatus.APPLIED, PitchStatus.SELECTED, PitchStatus.WAITLISTED);

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PitchApplicationService applications;
    @Inject
    PitchStatusChanges statuses;
    @Inject
    PitchNotifications notifications;
    @Inject
    Caller caller;

    /** What a withdrawal did: the structure that left and, when it was selected, the one promoted in its place. */
    public record Withdrawal(PitchAuditEntry withdrawn, PitchAuditEntry promoted, PitchNotifications.Draft promotionNotice) {
    }

    /**
     * The structure (or the organizer) withdraws its application. A SELECTED structure's place goes to the
     * first wait-listed one, told at once through the outbox in this same transaction.
     */
    @Transactional
    public Withdrawal withdraw(long eventId, String structureRef, WithdrawForm form) {
        caller.requireMemberOf(eventId);
        Problems problems = new Problems();
        String reason = form == null ? null : problems.optionalText("reason", form.reason(), Limits.REASON);
        problems.throwIfAny();
        events.lock(eventId); // two withdrawals at once must not promote the same wait-listed structure
        Structure structure = registrations.findStructure(eventId, structureRef);
        caller.requireSelfOrOrganizer(structure);
        applications.require(structure);
        if (!MAY_WITHDRAW.contains(structure.pitchStatus)) {
            throw new ConflictException(Text.of("'" + structureRef + "' cannot withdraw: its pitch status is " + structure.pitchStatus,
                    "« " + structureRef + " » ne peut pas se retirer : son statut de pitch est " + structure.pitchStatus));
        }
        boolean wasSelected = structure.pitchStatus == PitchStatus.SELECTED;
        String why = reason == null ? "" : ": " + reason;
        PitchAuditEntry withdrawn = statuses.change(structure, PitchStatus.WITHDRAWN, null, "withdrawn by " + statuses.actor() + why);
        if (!wasSelected) {
            return new Withdrawal(withdrawn, null, null);
        }
        Optional<Structure> next = Structure.<Structure>find("event = ?1 and pitchStatus = ?2 order by pitchRank, ref",
                structure.event, PitchStatus.WAITLISTED).firstResultOptional();
        if (next.isEmpty()) {
            return new Withdrawal(withdrawn, null, null);
        }
        PitchAuditEntry promoted = statuses.change(next.get(), PitchStatus.SELECTED, null,
                "promoted from the waiting list after '" + structureRef + "' withdrew");
        return new Withdrawal(withdrawn, promoted, notifications.notifyPromotion(next.get()).orElse(null));
    }
}
