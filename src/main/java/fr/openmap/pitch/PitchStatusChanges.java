package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place a structure's pitch status changes: it writes the audit entry (who, when, from, to, why),
 * keeps the structure's rank (what the event file exports) and its place in the running order
 * ({@link PitchRunningOrderService#keepPlace}) in step.
 * Callers run inside their own transaction.
 */
@ApplicationScoped
public class PitchStatusChanges {

    @Inject
    Caller caller;
    @Inject
    PitchRunningOrderService runningOrder;

    /** Changes the status (null: no application any more); {@code rank} replaces the structure's rank unless null. */
    public PitchAuditEntry change(Structure structure, PitchStatus to, Integer rank, String reason) {
        runningOrder.freeze(structure.event); // places shown now become stored, so this change moves nobody else
        PitchAuditEntry entry = new PitchAuditEntry();
        entry.event = structure.event;
        entry.structureRef = structure.ref;
        entry.actor = actor();
        entry.from = structure.pitchStatus;
        entry.to = to;
        structure.pitchStatus = to;
        if (rank != null) {
            structure.pitchRank = rank;
        }
        entry.rank = structure.pitchRank;
        entry.reason = reason;
        entry.persist();
        runningOrder.keepPlace(structure);
        return entry;
    }

    /** An audit entry for a change of the application that leaves its status as it is (an edit). */
    public PitchAuditEntry record(Structure structure, String reason) {
        PitchAuditEntry entry = new PitchAuditEntry();
        entry.event = structure.event;
        entry.structureRef = structure.ref;
        entry.actor = actor();
        entry.from = structure.pitchStatus;
        entry.to = structure.pitchStatus;
        entry.rank = structure.pitchRank;
        entry.reason = reason;
        entry.persist();
        return entry;
    }

    /** Who is acting, as the audit names them. */
    public String actor() {
        if (caller.isOrganizer()) {
            return "organizer";
        }
        return caller.principal().map(p -> "structure " + p.ref()).orElse("system");
    }
}
