package fr.openmap.agenda;

import fr.openmap.agenda.ParticipantAgenda.MeetingLine;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.registration.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Publishes an event's current timetable as personal agendas: one outbox message per participant
 * the first time, then only to the participants whose meetings changed ("agenda changed", saying
 * what changed). What each participant was sent is kept by {@link AgendaPublications}.
 */
@ApplicationScoped
public class AgendaPublisher {

    @Inject
    EventService events;
    @Inject
    AgendaPublications publications;
    @Inject
    AgendaMail mail;
    @Inject
    Outbox outbox;

    /**
     * What a send would write to one participant now: their agenda, what changed since the agenda they were
     * last sent, and the version of their calendar (+1 at each change).
     */
    private record Draft(Participant participant, List<PublishedMeeting> meetings, ParticipantAgenda agenda,
                         AgendaChanges changes, int version) {
    }

    /**
     * In one transaction: writes an outbox message for every participant whose agenda was never
     * sent or whose meetings changed since, and records what they were sent. Returns how many.
     * The event row is locked so two concurrent sends cannot both write the same change.
     */
    @Transactional
    public int publish(long eventId) {
        Event event = events.lock(eventId);
        CurrentTimetable timetable = CurrentTimetable.of(event);
        Map<String, AgendaPublication> sent = publications.byParticipant(event);
        Instant now = Instant.now();
        int recipients = 0;
        for (Participant participant : timetable.participants()) {
            AgendaPublication previous = sent.get(participant.ref);
            Draft draft = draft(event, timetable, participant, previous);
            if (previous != null && !draft.changes().changed()) {
                continue;
            }
            OutboxMessage message = outbox.enqueue(event, Outbox.Recipient.of(participant), message(event, draft, now));
            publications.record(event, previous, participant.ref, draft.version(), draft.meetings(), now, message.id);
            recipients++;
        }
        return recipients;
    }

    /**
     * The message a send would write for this participant now ("agenda changed" when their
     * meetings changed since the last send, their plain agenda otherwise), without writing anything.
     */
    @Transactional
    public Outbox.Message preview(long eventId, String ref) {
        Event event = events.require(eventId);
        CurrentTimetable timetable = CurrentTimetable.of(event);
        Participant participant = timetable.participant(ref, eventId);
        AgendaPublication previous = publications.lastSent(event, ref).orElse(null);
        return message(event, draft(event, timetable, participant, previous), Instant.now());
    }

    private Draft draft(Event event, CurrentTimetable timetable, Participant participant, AgendaPublication previous) {
        List<PublishedMeeting> meetings = timetable.meetingsOf(participant.ref);
        Language language = Language.of(participant.language);
        ParticipantAgenda agenda = ParticipantAgenda.of(event, timetable, participant, language);
        List<PublishedMeeting> before = publications.meetings(previous);
        AgendaChanges changes = AgendaChanges.NONE;
        if (before != null && !before.equals(meetings)) {
            AgendaMessages words = language.messages(AgendaMessages.class);
            changes = AgendaChanges.between(
                    before.stream().map(m -> MeetingLine.of(m, participant, timetable, words)).toList(), agenda.meetings());
        }
        int version = previous == null ? 0 : previous.version + (changes.changed() ? 1 : 0);
        return new Draft(participant, meetings, agenda, changes, version);
    }

    private Outbox.Message message(Event event, Draft draft, Instant now) {
        return mail.compose(event, draft.participant(), draft.agenda(), draft.changes(), draft.version(), now);
    }
}
