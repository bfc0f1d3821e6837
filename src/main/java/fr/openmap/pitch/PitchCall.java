package fr.openmap.pitch;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The call for pitches of one event: when it is open, how applications are scored, and whether the selection was made. */
@Entity
@Table(name = "pitch_calls")
public class PitchCall extends PanacheEntity {

    /** The criteria used when the organizer names none: equal weights. */
    public static final List<String> DEFAULT_CRITERIA = List.of("relevance", "socialImpact", "innovation", "readiness");
    public static final int DEFAULT_WAITLIST_SIZE = 1;

    @OneToOne(optional = false)
    public Event event;
    @Column(name = "opens_at", nullable = false)
    public Instant opensAt;
    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;
    @Column(name = "waitlist_size", nullable = false)
    public int waitlistSize = DEFAULT_WAITLIST_SIZE;
    /** The coaching half-day offered to selected structures, local time of the event (optional). */
    @Column(name = "coaching_at")
    public LocalDateTime coachingAt;
    @Column(name = "coaching_place")
    public String coachingPlace;
    /** When the selection was made; from then on reviews are frozen and statuses change one by one. */
    @Column(name = "selected_at")
    public Instant selectedAt;
    @Column(name = "selected_by")
    public String selectedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pitch_criteria", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    public List<PitchCriterion> criteria = new ArrayList<>();

    public static Optional<PitchCall> forEvent(Event event) {
        return find("event", event).firstResultOptional();
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean selectionMade() {
        return selectedAt != null;
    }
}
