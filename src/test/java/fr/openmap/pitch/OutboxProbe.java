package fr.openmap.pitch;

import fr.openmap.outbox.OutboxMessage;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Reads the outbox (and sets a participant's language) straight from the database, for assertions. */
@ApplicationScoped
public class OutboxProbe {

    public record Row(String ref, String email, String kind, String subject, String text, String html, String status) {
    }

    @Transactional
    public List<Row> rows(long eventId) {
        return OutboxMessage.<OutboxMessage>list("event.id = ?1 order by id", eventId).stream()
                .map(m -> new Row(m.recipientRef, m.recipientEmail, m.kind, m.subject, m.textBody, m.htmlBody, m.status.name()))
                .toList();
    }

    @Transactional
    public void setLanguage(long eventId, String ref, String language) {
        Structure.update("language = ?1 where event.id = ?2 and ref = ?3", language, eventId, ref);
    }
}
