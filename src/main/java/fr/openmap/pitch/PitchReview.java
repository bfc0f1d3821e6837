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

/** One committee member's scores (1 to 5 per criterion) for one application, with an optional comment; the reviewer may replace it until selection. */
@Entity
@Table(name = "pitch_reviews")
public class PitchReview extends PanacheEntity {

    @ManyToOne(optional = false)
    public PitchApplication application;
    /** The reviewer's name: the committee member's, or the free text the organizer gave through the API. */
    @Column(nullable = false)
    public String reviewer;
    /** The committee member who wrote it on their review page; null for the organizer's free-text reviews. */
    @ManyToOne
    public PitchReviewer member;
    @Column(name = "review_comment", length = 2000)
    public String comment;
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
