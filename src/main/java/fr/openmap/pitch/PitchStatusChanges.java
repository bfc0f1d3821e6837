package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place a structure's pitch status changes: it writes the audit entry (who, when, from, to, why),
 * keeps the structure's rank (what the event file exports) and its place in the running order in step.
 * Callers run inside their own transaction.
 */
@ApplicationScoped
public class PitchStatusChanges {

    @Inject
    Caller caller;

    /** Changes the status; {@code rank} replaces the structure's rank unless null. */
    public PitchAuditEntry change(Structure structure, PitchStatus to, Integer rank, String reason) {
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
        PitchApplication.of(structure).ifPresent(application -> keepPlace(application, to));
        return entry;
    }

    /** Who is acting, as the audit names them. */
    public String actor() {
        if (caller.isOrganizer()) {
            return "organizer";
        }
        return caller.principal().map(p -> "structure " + p.ref()).orElse("system");
    }

    /** A selected structure holds a place in the running order (the lowest free one); others hold none. */
    private static void keepPlace(PitchApplication application, PitchStatus status) {
        if (status != PitchStatus.SELECTED) {
            application.pitchOrder = null;
        } else if (application.pitchOrder == null) {
            List<PitchApplication> holders = PitchApplication.list("event = ?1 and pitchOrder is not null and id <> ?2",
                    application.event, application.id);
            Set<Integer> taken = new HashSet<>();
            holders.forEach(a -> taken.add(a.pitchOrder));
            application.pitchOrder = RunningOrder.lowestFree(taken);
        }
    }
}
