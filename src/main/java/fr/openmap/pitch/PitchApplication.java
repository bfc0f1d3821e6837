package fr.openmap.pitch;

import fr.openmap.event.Event;
import fr.openmap.registration.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A structure's application to pitch at an event: one per structure. */
@Entity
@Table(name = "pitch_applications")
public class PitchApplication extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @OneToOne(optional = false)
    public Structure structure;
    /** Who they are. */
    @Column(nullable = false, length = 5000)
    public String presentation;
    /** What they offer public buyers. */
    @Column(nullable = false, length = 5000)
    public String offer;
    /** People in insertion, hours, outcomes. */
    @Column(name = "social_impact", nullable = false, length = 5000)
    public String socialImpact;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pitch_application_references", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "reference_text", nullable = false, length = 1000)
    public List<String> references = new ArrayList<>();
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt = Instant.now();
    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    public static Optional<PitchApplication> of(Structure structure) {
        return find("structure", structure).firstResultOptional();
    }

    public static List<PitchApplication> ofEvent(Event event) {
        return list("event = ?1 order by structure.ref", event);
    }
}
