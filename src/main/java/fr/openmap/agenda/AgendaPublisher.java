package fr.openmap.agenda;

import fr.openmap.agenda.ParticipantAgenda.MeetingLine;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
    private record Draft(Participant participant, AgendaPublication previous, List<PublishedMeeting> meetings, ParticipantAgenda agenda,
                         AgendaChanges changes, int version, AgendaStatus.State state) {
    }

    /**
     * In one transaction: writes an outbox message for every participant whose agenda was never
     * sent or whose meetings changed since, and records what they were sent. Returns how many.
     * The event row is locked so two concurrent sends cannot both write the same change.
     */
    @Transactional
    public int publish(long eventId) {
        return publish(eventId, null);
    }

    /**
     * As {@link #publish(long)}, but refused with a conflict, nothing written, when the number of agendas to send is
     * not {@code expected} (the count the organizer confirmed; the timetable changed in between). Null: no check.
     */
    @Transactional
    public int publish(long eventId, Integer expected) {
        Event event = events.lock(eventId);
        CurrentTimetable timetable = CurrentTimetable.of(event);
        List<Draft> due = drafts(event, timetable).stream().filter(d -> d.state() != AgendaStatus.State.UNCHANGED).toList();
        if (expected != null && expected != due.size()) {
            throw new ConflictException(Text.of(
                    due.size() + " agendas are to be sent now, not " + expected
                            + ": the timetable changed since the count was shown; nothing was sent, look at the list again",
                    due.size() + " agendas sont à envoyer maintenant, et non " + expected
                            + " : le planning a changé depuis l'affichage du nombre ; rien n'a été envoyé, relisez la liste"));
        }
        Instant now = Instant.now();
        for (Draft draft : due) {
            Participant participant = draft.participant();
            OutboxMessage message = outbox.enqueue(event, Outbox.Recipient.of(participant), message(event, draft, now));
            publications.record(event, draft.previous(), participant.ref, draft.version(), draft.meetings(), now,
                    message.id);
        }
        return due.size();
    }

    /**
     * Tells the two people of {@code added} — it replaces {@code freed}, whose other side was absent — of that one change:
     * each is sent the agenda they were last sent with only this meeting changed (an "agenda changed" message, its
     * calendar one version up), which their personal page then shows. Nobody else is written to (the absent side's
     * record loses the meeting silently), and any other change of the timetable not sent yet stays unsent. In the caller's transaction. Returns the refs told.
     */
    @Transactional
    public List<String> sendReplacement(Event event, PublishedMeeting freed, PublishedMeeting added) {
        Instant now = Instant.now();
        List<String> told = new ArrayList<>();
        for (String ref : List.of(added.buyer(), added.structure())) {
            AgendaPublication previous = publications.lastSent(event, ref).orElse(null);
            List<PublishedMeeting> before = publications.meetings(previous);
            List<PublishedMeeting> after = new ArrayList<>(before == null
                    ? CurrentTimetable.ofOne(event, ref).meetingsOf(ref) : before);
            after.removeIf(m -> m.pairKey().equals(freed.pairKey()) || m.pairKey().equals(added.pairKey()));
            after.add(added);
            after.sort(PublishedMeeting.ORDER);
            CurrentTimetable asTold = CurrentTimetable.asSent(event, ref, after);
            Participant participant = asTold.participant(ref, event.id);
            Language language = Language.of(participant.language);
            ParticipantAgenda agenda = ParticipantAgenda.of(event, asTold, participant, language);
            AgendaChanges changes = AgendaChanges.NONE;
            if (before != null) {
                AgendaMessages words = language.messages(AgendaMessages.class);
                CurrentTimetable beforeTold = CurrentTimetable.asSent(event, ref, before);
                changes = AgendaChanges.between(
                        before.stream().map(m -> MeetingLine.of(m, participant, beforeTold, words)).toList(),
                        agenda.meetings());
            }
            int version = previous == null ? 0 : previous.version + 1;
            OutboxMessage message = outbox.enqueue(event, Outbox.Recipient.of(participant),
                    mail.compose(event, participant, agenda, changes, version, now));
            publications.record(event, previous, ref, version, List.copyOf(after), now, message.id);
            told.add(ref);
        }
        // the absent side is not written to, but what it was sent no longer has the meeting: the live board and the
        // printed booklet show the slot once, and a late arrival's personal page does not send them to that table
        String absentRef = freed.buyer().equals(added.buyer()) ? freed.structure() : freed.buyer();
        publications.lastSent(event, absentRef).ifPresent(previous -> {
            List<PublishedMeeting> without = new ArrayList<>(publications.meetings(previous));
            if (without.removeIf(m -> m.pairKey().equals(freed.pairKey()))) {
                publications.record(event, previous, absentRef, previous.version, List.copyOf(without),
                        previous.publishedAt, previous.messageId);
            }
        });
        return told;
    }

    /**
     * Each participant's agenda as a send now would treat it (new, changed or unchanged since last sent), in the
     * order of the timetable's participants (buyers, then structures), without writing anything.
     */
    @Transactional
    public List<AgendaStatus> statuses(long eventId) {
        Event event = events.require(eventId);
        CurrentTimetable timetable = CurrentTimetable.of(event);
        return drafts(event, timetable).stream().map(AgendaPublisher::status).toList();
    }

    /** One participant's agenda as the next send would treat it; a ref not in the event is not found. */
    @Transactional
    public AgendaStatus status(long eventId, String ref) {
        Event event = events.require(eventId);
        CurrentTimetable timetable = CurrentTimetable.of(event);
        Participant participant = timetable.participant(ref, eventId);
        return status(draft(event, timetable, participant, publications.lastSent(event, ref).orElse(null)));
    }

    private static AgendaStatus status(Draft d) {
        Participant p = d.participant();
        return new AgendaStatus(p.ref, p.displayName(), p.email, p instanceof Buyer, d.meetings().size(), d.state());
    }

    /**
     * How the outbox is getting on with the messages of the latest send (the agendas recorded at its moment; a
     * message resent from the outbox counts as its latest copy); {@link AgendaSendProgress#NONE} before any send.
     */
    @Transactional
    public AgendaSendProgress lastSendProgress(long eventId) {
        Event event = events.require(eventId);
        List<AgendaPublication> all = AgendaPublication.list("event", event);
        Instant latest = all.stream().map(p -> p.publishedAt).max(Instant::compareTo).orElse(null);
        if (latest == null) {
            return AgendaSendProgress.NONE;
        }
        Map<Long, OutboxMessage> messages = new HashMap<>();
        OutboxMessage.<OutboxMessage>list("event", event).forEach(m -> messages.put(m.id, m));
        List<OutboxMessage.Status> statuses = new ArrayList<>();
        for (AgendaPublication p : all) {
            if (p.publishedAt.equals(latest) && p.messageId != null) {
                OutboxMessage m = messages.get(p.messageId);
                while (m != null && m.resentAs != null && messages.containsKey(m.resentAs)) {
                    m = messages.get(m.resentAs);
                }
                if (m != null) {
                    statuses.add(m.status);
                }
            }
        }
        return AgendaSendProgress.of(latest, statuses);
    }

    /** What a send would write to each participant now: the one rule that says whose agenda is due. */
    private List<Draft> drafts(Event event, CurrentTimetable timetable) {
        Map<String, AgendaPublication> sent = publications.byParticipant(event);
        return timetable.participants().stream().map(p -> draft(event, timetable, p, sent.get(p.ref))).toList();
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
        AgendaStatus.State state = previous == null ? AgendaStatus.State.NEW
                : changes.changed() ? AgendaStatus.State.CHANGED : AgendaStatus.State.UNCHANGED;
        return new Draft(participant, previous, meetings, agenda, changes, version, state);
    }

    private Outbox.Message message(Event event, Draft draft, Instant now) {
        return mail.compose(event, draft.participant(), draft.agenda(), draft.changes(), draft.version(), now);
    }
}
