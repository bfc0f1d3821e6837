package fr.openmap.digest;

import fr.openmap.event.Event;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestNews;
import fr.openmap.requests.RequestStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The other party learns of a new request or an answer by email, without spam: each request asked or answered
 * leaves a {@link DigestNote} for the one to tell, in the same transaction; a participant's notes are gathered
 * into one digest, written to the outbox once the oldest has waited {@link DigestConfig#every()}. So a participant
 * gets at most one digest in that time, and each note is told once (marked in the transaction that writes it).
 */
@ApplicationScoped
public class Digests {

    @Inject
    DigestConfig config;
    @Inject
    RegistrationService registrations;
    @Inject
    DigestMails mails;
    @Inject
    Outbox outbox;

    /** The one asked is to learn of a new request; the one who asked, of the answer (a changed answer replaces one not told yet). */
    void onNews(@Observes RequestNews news) {
        MeetingRequest request = news.request();
        DigestNote note = new DigestNote();
        note.event = request.event;
        note.requestId = request.id;
        if (news.what() == RequestNews.What.ASKED) {
            note.recipientRef = request.toRef();
            note.counterpartRef = request.fromRef();
            note.kind = DigestNote.Kind.NEW_REQUEST;
        } else {
            DigestNote.delete("requestId = ?1 and recipientRef = ?2 and toldAt is null and kind <> ?3",
                    request.id, request.fromRef(), DigestNote.Kind.NEW_REQUEST);
            note.recipientRef = request.fromRef();
            note.counterpartRef = request.toRef();
            note.kind = request.status == RequestStatus.ACCEPTED ? DigestNote.Kind.ACCEPTED : DigestNote.Kind.DECLINED;
        }
        note.persist();
    }

    @Scheduled(identity = "request-digests", every = "${openmap.digest.check-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue(Instant.now());
    }

    /** Writes the digest of every participant whose oldest untold note is {@code every} old at {@code now}; how many. */
    public int sendDue(Instant now) {
        Instant cutoff = now.minus(config.every());
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> DigestNote.getEntityManager()
                .createQuery("select n.event.id, n.recipientRef from DigestNote n where n.toldAt is null"
                        + " group by n.event.id, n.recipientRef having min(n.createdAt) <= :cutoff", Object[].class)
                .setParameter("cutoff", cutoff).getResultList());
        int written = 0;
        for (Object[] row : due) {
            long eventId = (Long) row[0];
            String ref = (String) row[1];
            if (QuarkusTransaction.requiringNew().call(() -> write(eventId, ref, now))) {
                written++;
            }
        }
        return written;
    }

    /**
     * One participant's digest: the notes still worth telling (a new request still waiting for their answer, an
     * answer still standing, both parties still registered). Every note read is marked told here, with a
     * conditional update: if another run told one meanwhile, this transaction rolls back and writes nothing.
     */
    private boolean write(long eventId, String ref, Instant now) {
        List<DigestNote> notes = DigestNote.list("event.id = ?1 and recipientRef = ?2 and toldAt is null order by createdAt, id",
                eventId, ref);
        if (notes.isEmpty()) {
            return false;
        }
        Optional<Participant> recipient = registrations.participant(eventId, ref);
        List<DigestMails.Line> lines = new ArrayList<>();
        if (recipient.isPresent()) {
            Language language = Language.of(recipient.get().language);
            for (DigestNote note : notes) {
                line(note, language).ifPresent(lines::add);
            }
        }
        Long messageId = null;
        if (!lines.isEmpty()) {
            Event event = notes.get(0).event;
            OutboxMessage message = outbox.enqueue(event, Outbox.Recipient.of(recipient.get()),
                    mails.compose(recipient.get(), lines));
            messageId = message.id;
        }
        List<Long> ids = notes.stream().map(n -> n.id).toList();
        int told = DigestNote.update("toldAt = ?1, messageId = ?2 where id in ?3 and toldAt is null", now, messageId, ids);
        if (told != ids.size()) {
            throw new IllegalStateException("digest notes of " + ref + " were told meanwhile");
        }
        return messageId != null;
    }

    private Optional<DigestMails.Line> line(DigestNote note, Language language) {
        MeetingRequest request = MeetingRequest.findById(note.requestId);
        Optional<Participant> other = registrations.participant(note.event.id, note.counterpartRef);
        if (request == null || other.isEmpty()) {
            return Optional.empty(); // withdrawn, or someone left
        }
        boolean standing = switch (note.kind) {
            case NEW_REQUEST -> request.status == RequestStatus.PENDING;
            case ACCEPTED -> request.status == RequestStatus.ACCEPTED;
            case DECLINED -> request.status == RequestStatus.DECLINED;
        };
        if (!standing) {
            return Optional.empty(); // answered already, or the answer changed back
        }
        return Optional.of(new DigestMails.Line(note.kind, other.get().displayName(),
                MeetingRequest.priorityWords(request.priority).in(language)));
    }
}
