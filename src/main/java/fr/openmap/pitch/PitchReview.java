package fr.openmap.pitch;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One committee member's scores (1 to 5 per criterion) for one application; the reviewer may replace it until selection. */
@Entity
@Table(name = "pitch_reviews")
public class PitchReview extends PanacheEntity {

    @ManyToOne(optional = false)
    public PitchApplication application;
    @Column(nullable = false)
    public String reviewer;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pitch_review_scores", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "criterion")
    @Column(name = "score", nullable = false)
    public Map<String, Integer> scores = new LinkedHashMap<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
