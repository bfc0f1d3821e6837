package fr.openmap.timetable;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One solver run for an event: its status, timing and score per level. The latest run is the current one. */
@Entity
@Table(name = "timetable_runs")
public class TimetableRun extends PanacheEntity {

    public enum Status { SOLVING, SOLVED, NOT_SOLVED }

    @ManyToOne(optional = false)
    public Event event;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    /** True when the organizer asked for a fresh plan, ignoring the previous timetable. */
    @Column(nullable = false)
    public boolean fresh;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "hard_score")
    public Long hard;
    @Column(name = "unserved_structures")
    public Long unserved;
    @Column(name = "total_weight")
    public Long weight;
    @Column(name = "idle_gaps")
    public Long gaps;
    @Column(name = "meeting_count")
    public Integer meetings;
    @Column(name = "served_structures")
    public Integer served;
    @Column(name = "buyers_with_meetings")
    public Integer buyersMet;
    /** The score per rule, as JSON written by the timetable service. */
    @Column(name = "score_breakdown", length = 10000)
    public String breakdown;
    /** Why a run ended without a timetable (NOT_SOLVED), in words. */
    @Column(length = 2000)
    public String error;

    public static Optional<TimetableRun> latest(Event event) {
        return find("event = ?1 order by startedAt desc, id desc", event).firstResultOptional();
    }
}
