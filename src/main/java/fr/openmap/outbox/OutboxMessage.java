package fr.openmap.outbox;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One email waiting to be sent, written in the same transaction as the business change that
 * calls for it. A dispatcher sends it later, retries it, and never sends it twice.
 */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage extends PanacheEntity {

    /**
     * PENDING: to send (again) from {@code nextAttemptAt}; SENDING: claimed, being handed to the
     * SMTP server; SENT: accepted by it; FAILED: given up after the last attempt; UNCERTAIN: the
     * service stopped during the hand-off, so it may or may not have gone: never retried on its
     * own (that could send it twice), the organizer may resend it.
     */
    public enum Status { PENDING, SENDING, SENT, FAILED, UNCERTAIN }

    @ManyToOne(optional = false)
    public Event event;
    /** The participant it is for: "B01", "S07"… */
    @Column(name = "recipient_ref", nullable = false)
    public String recipientRef;
    @Column(name = "recipient_email", nullable = false)
    public String recipientEmail;
    @Column(name = "recipient_name")
    public String recipientName;
    /** What the message is: AGENDA, AGENDA_CHANGED, PITCH_SELECTED, PITCH_WAITLISTED, PITCH_NOT_SELECTED… */
    @Column(nullable = false, length = 64)
    public String kind;
    @Column(nullable = false, length = 1000)
    public String subject;
    @Column(name = "text_body", nullable = false, columnDefinition = "text")
    public String textBody;
    @Column(name = "html_body", columnDefinition = "text")
    public String htmlBody;
    /**
     * When the message carries the recipient's personal link, each body is stored in two parts:
     * the body columns hold what comes before the token, these what comes after (see
     * {@link MessageBody}); null: no personal link. The token itself is put in at send time.
     */
    @Column(name = "text_after_token", columnDefinition = "text")
    public String textAfterToken;
    @Column(name = "html_after_token", columnDefinition = "text")
    public String htmlAfterToken;
    /** Optional calendar file (text/calendar) sent as an attachment. */
    @Column(name = "ics_attachment", columnDefinition = "text")
    public String icsAttachment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status = Status.PENDING;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_error", length = 2000)
    public String lastError;
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt = Instant.now();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
    @Column(name = "sent_at")
    public Instant sentAt;
    /** The id of the copy written when this message was last resent by hand; null: never resent. */
    @Column(name = "resent_as")
    public Long resentAs;

    public MessageBody text() {
        return new MessageBody(textBody, textAfterToken);
    }

    public MessageBody html() {
        return htmlBody == null ? null : new MessageBody(htmlBody, htmlAfterToken);
    }

    public void storeText(MessageBody body) {
        textBody = body.head();
        textAfterToken = body.tail();
    }

    public void storeHtml(MessageBody body) {
        htmlBody = body == null ? null : body.head();
        htmlAfterToken = body == null ? null : body.tail();
    }
}
