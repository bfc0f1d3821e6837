package fr.openmap.digest;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing a participant is to be told in their next digest: a request asked of them, or an answer to theirs. */
@Entity
@Table(name = "digest_notes")
public class DigestNote extends PanacheEntity {

    /** What the note tells. */
    public enum Kind { NEW_REQUEST, ACCEPTED, DECLINED }

    @ManyToOne(optional = false)
    public Event event;
    @Column(name = "recipient_ref", nullable = false)
    public String recipientRef;
    @Column(name = "request_id", nullable = false)
    public long requestId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;
    @Column(name = "counterpart_ref", nullable = false)
    public String counterpartRef;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
    /** When a digest told it (null: not yet). */
    @Column(name = "told_at")
    public Instant toldAt;
    /** The outbox message of that digest. */
    @Column(name = "message_id")
    public Long messageId;
}
