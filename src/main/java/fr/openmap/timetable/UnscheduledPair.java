package fr.openmap.timetable;

import fr.openmap.event.Event;
import fr.openmap.i18n.Text;
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
    /** Why, in English; {@code reasonFr} in French (null in timetables solved before V15: English then). */
    @Column(nullable = false, length = 1000)
    public String reason;
    @Column(name = "reason_fr", length = 1000)
    public String reasonFr;

    /** Records that a pair is left out of the event's timetable, and why. */
    static void record(Event event, String buyerRef, String structureRef, Text reason) {
        UnscheduledPair pair = new UnscheduledPair();
        pair.event = event;
        pair.buyer = buyerRef;
        pair.structure = structureRef;
        pair.reason = reason.english();
        pair.reasonFr = reason.french();
        pair.persist();
    }

    public Text reasonText() {
        return Text.of(reason, reasonFr == null ? reason : reasonFr);
    }
}
