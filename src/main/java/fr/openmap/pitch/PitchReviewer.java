package fr.openmap.pitch;

import fr.openmap.event.Event;
import fr.openmap.outbox.OtherRecipients;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** A member of an event's pitch committee: who they are, and their personal review link (salt and hash only). */
@Entity
@Table(name = "pitch_reviewers")
public class PitchReviewer extends PanacheEntity {

    /** How a member is named as an outbox recipient: "jury:12" (no participant's ref has a colon). */
    static final String RECIPIENT_PREFIX = "jury" + OtherRecipients.REF_SEPARATOR;

    @ManyToOne(optional = false)
    public Event event;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String email;
    /** Language of their emails: "fr" or "en". */
    @Column(nullable = false)
    public String language = "fr";
    @Column(name = "token_salt", nullable = false)
    public String tokenSalt;
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;
    @Column(name = "added_at", nullable = false)
    public Instant addedAt = Instant.now();
    @Column(name = "reminded_at")
    public Instant remindedAt;

    public static List<PitchReviewer> ofEvent(Event event) {
        return list("event = ?1 order by name, id", event);
    }

    public String recipientRef() {
        return RECIPIENT_PREFIX + id;
    }
}
