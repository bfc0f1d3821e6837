package fr.openmap.pitch;

import fr.openmap.event.Event;
import fr.openmap.registration.PitchStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of a structure's pitch status: who, when, from what, to what, and why. Never updated. */
@Entity
@Table(name = "pitch_audit")
public class PitchAuditEntry extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @Column(name = "structure_ref", nullable = false)
    public String structureRef;
    @Column(nullable = false)
    public String actor;
    @Column(name = "changed_at", nullable = false)
    public Instant at = Instant.now();
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PitchStatus from;
    @Enumerated(EnumType.STRING)
    /** Null when the application was deleted: the structure has none any more. */
    @Column(name = "to_status")
    public PitchStatus to;
    @Column(name = "pitch_rank")
    public Integer rank;
    @Column(nullable = false, length = 2000)
    public String reason;
}
