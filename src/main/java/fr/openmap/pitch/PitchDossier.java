package fr.openmap.pitch;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** The optional PDF attached to an application, kept apart so listing applications never loads it. */
@Entity
@Table(name = "pitch_dossiers")
public class PitchDossier extends PanacheEntity {

    /** Largest dossier accepted: 5 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @OneToOne(optional = false)
    public PitchApplication application;
    @Column(nullable = false)
    public byte[] content;
    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;
    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt = Instant.now();

    public static Optional<PitchDossier> of(PitchApplication application) {
        return find("application", application).firstResultOptional();
    }
}
