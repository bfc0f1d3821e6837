package fr.openmap.timetable;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A pair with a request that did not get a meeting in the current timetable, and why. */
@Entity
@Table(name = "unscheduled_pairs")
public class UnscheduledPair extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @Column(name = "buyer_ref", nullable = false)
    public String buyer;
    @Column(name = "structure_ref", nullable = false)
    public String structure;
    @Column(nullable = false, length = 1000)
    public String reason;
}
