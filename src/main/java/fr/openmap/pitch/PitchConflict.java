package fr.openmap.pitch;

import fr.openmap.registration.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A committee member's declared conflict of interest with a structure: they do not review it, and any review of theirs does not count. */
@Entity
@Table(name = "pitch_conflicts")
public class PitchConflict extends PanacheEntity {

    @ManyToOne(optional = false)
    public PitchReviewer reviewer;
    @ManyToOne(optional = false)
    public Structure structure;
    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt = Instant.now();
}
