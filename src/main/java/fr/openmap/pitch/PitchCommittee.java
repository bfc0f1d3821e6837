package fr.openmap.pitch;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.util.Optional;

/** How an event's applications are shared among its committee: everyone reviews everything, or N members each. */
@Entity
@Table(name = "pitch_committees")
public class PitchCommittee extends PanacheEntity {

    @OneToOne(optional = false)
    public Event event;
    /** Null: every member reviews every application. */
    @Column(name = "reviewers_per_application")
    public Integer reviewersPerApplication;

    public static Optional<PitchCommittee> forEvent(Event event) {
        return find("event", event).firstResultOptional();
    }
}
