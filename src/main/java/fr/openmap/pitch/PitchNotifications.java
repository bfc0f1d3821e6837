package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.MessageBody;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.i18n.Text;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells applicants where they stand, through the outbox. One rule keeps messages from contradicting each
 * other: a structure is told its CURRENT status, and never twice the same one (a {@link PitchNotice} records
 * each status told); a status that changed after it was told is sent again, worded as an update.
 */
@ApplicationScoped
public class PitchNotifications {

    private static final Map<PitchStatus, String> KINDS = Map.of(
            PitchStatus.SELECTED, PitchMails.SELECTED,
            PitchStatus.WAITLISTED, PitchMails.WAITLISTED,
            PitchStatus.NOT_SELECTED, PitchMails.NOT_SELECTED);

    @Inject
    EventService events;
    @Inject
    PitchCallService calls;
    @Inject
    PitchRunningOrderService runningOrder;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;

    /** A message that would be (or was) written to the outbox. */
    public record Draft(Structure structure, PitchStatus status, String kind, boolean update, PitchMails.Rendered mail) {
    }

    /** What {@link #send} would write now, rendered; nothing is written. */
    @Transactional
    public List<Draft> preview(long eventId) {
        caller.requireOrganizer();
        return drafts(readyEvent(eventId));
    }

    /**
     * Writes one outbox message per applicant whose current status it was not told yet. The event row is
     * locked so that two sends at once do not both find the same applicants untold.
     */
    @Transactional
    public List<Draft> send(long eventId) {
        caller.requireOrganizer();
        events.lock(eventId);
        List<Draft> drafts = drafts(readyEvent(eventId));
        drafts.forEach(this::write);
        return drafts;
    }

    /**
     * Sends only if the count is the one the organizer confirmed: a status changed in between (a withdrawal, an
     * override) is refused with a sentence rather than sent unseen.
     */
    @Transactional
    public List<Draft> send(long eventId, int confirmed) {
        caller.requireOrganizer();
        events.lock(eventId);
        List<Draft> drafts = drafts(readyEvent(eventId));
        if (drafts.size() != confirmed) {
            throw new ConflictException(Text.of("the count changed meanwhile: " + drafts.size() + " messages are due now, not "
                    + confirmed + "; nothing was sent, check them again", "le nombre a changé entre-temps : " + drafts.size()
                    + " messages sont à envoyer maintenant, et non " + confirmed + " ; rien n'a été envoyé, vérifiez-les à nouveau"));
        }
        drafts.forEach(this::write);
        return drafts;
    }

    /** Tells a structure promoted from the waiting list at once (in the caller's transaction), unless it already knows. */
    public Optional<Draft> notifyPromotion(Structure structure) {
        if (PitchNotice.lastTold(structure).orElse(null) == PitchStatus.SELECTED) {
            return Optional.empty();
        }
        Draft draft = draft(structure, PitchMails.PROMOTED, true);
        write(draft);
        return Optional.of(draft);
    }

    private Event readyEvent(long eventId) {
        Event event = events.require(eventId);
        if (!calls.require(event).selectionMade()) {
            throw new ConflictException(Text.of("there is nothing to tell applicants before the selection is made",
                    "il n'y a rien à annoncer aux candidats avant que la sélection soit faite"));
        }
        return event;
    }

    private List<Draft> drafts(Event event) {
        List<Draft> drafts = new ArrayList<>();
        List<PitchApplication> applications = new ArrayList<>(PitchApplication.ofEvent(event));
        applications.sort(Comparator.comparing((PitchApplication a) -> a.structure.pitchRank == null ? Integer.MAX_VALUE : a.structure.pitchRank)
                .thenComparing(a -> a.structure.ref));
        for (PitchApplication application : applications) {
            Structure structure = application.structure;
            String kind = KINDS.get(structure.pitchStatus);
            if (kind == null) {
                continue; // APPLIED or WITHDRAWN: nothing to tell
            }
            Optional<PitchStatus> told = PitchNotice.lastTold(structure);
            if (told.isPresent() && told.get() == structure.pitchStatus) {
                continue;
            }
            drafts.add(draft(structure, kind, told.isPresent()));
        }
        return drafts;
    }

    private Draft draft(Structure structure, String kind, boolean update) {
        return new Draft(structure, structure.pitchStatus, kind, update, PitchMails.render(kind, letter(structure, update)));
    }

    private void write(Draft draft) {
        Structure structure = draft.structure();
        // pitch notices carry no personal link: their bodies are plain
        OutboxMessage message = outbox.enqueue(structure.event, Outbox.Recipient.of(structure), new Outbox.Message(
                draft.kind(), draft.mail().subject(), MessageBody.plain(draft.mail().text()),
                draft.mail().html() == null ? null : MessageBody.plain(draft.mail().html()), null));
        PitchNotice notice = new PitchNotice();
        notice.event = structure.event;
        notice.structure = structure;
        notice.status = draft.status();
        notice.kind = draft.kind();
        notice.outboxMessage = message;
        notice.persist();
    }

    private PitchLetter letter(Structure structure, boolean update) {
        Event event = structure.event;
        PitchCall call = calls.require(event);
        Optional<RunningOrder.Pitch> pitch = structure.pitchStatus == PitchStatus.SELECTED
                ? runningOrder.of(structure) : Optional.empty();
        Integer waitlistPosition = structure.pitchStatus == PitchStatus.WAITLISTED ? waitlistPosition(structure) : null;
        return new PitchLetter(Language.of(structure.language), update, structure.contactName, structure.name, event.title,
                event.date, event.venue, pitch.map(RunningOrder.Pitch::order).orElse(null),
                pitch.map(RunningOrder.Pitch::start).orElse(null), pitch.map(RunningOrder.Pitch::end).orElse(null),
                call.coachingAt, call.coachingPlace, waitlistPosition);
    }

    /** 1 for the first in line: the order of wait-listed structures by rank. */
    public static int waitlistPosition(Structure structure) {
        List<Structure> waiting = Structure.list("event = ?1 and pitchStatus = ?2 order by pitchRank, ref",
                structure.event, PitchStatus.WAITLISTED);
        return waiting.indexOf(structure) + 1;
    }

}
