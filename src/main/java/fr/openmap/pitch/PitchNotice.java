package fr.openmap.pitch;

import fr.openmap.event.Event;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** That a structure was told about one pitch status, by which outbox message: nobody is told the same status twice. */
@Entity
@Table(name = "pitch_notices")
public class PitchNotice extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @ManyToOne(optional = false)
    public Structure structure;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PitchStatus status;
    @Column(nullable = false)
    public String kind;
    @ManyToOne(optional = false)
    @JoinColumn(name = "outbox_message_id")
    public OutboxMessage outboxMessage;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** The status this structure was last told about, if any. */
    public static Optional<PitchStatus> lastTold(Structure structure) {
        return PitchNotice.<PitchNotice>find("structure = ?1 order by createdAt desc, id desc", structure)
                .firstResultOptional().map(n -> n.status);
    }
}
