package fr.openmap.pitch;

import fr.openmap.event.Event;
import fr.openmap.registration.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** A selected structure's place in the pitch running order (1 = first), kept while it stays selected so its time holds. */
@Entity
@Table(name = "pitch_places")
public class PitchPlace extends PanacheEntityBase {

    @Id
    @Column(name = "structure_id")
    public Long structureId;
    @ManyToOne(optional = false)
    public Event event;
    @Column(nullable = false)
    public int place;

    public static Optional<PitchPlace> of(Structure structure) {
        return findByIdOptional(structure.id);
    }

    public static List<PitchPlace> ofEvent(Event event) {
        return list("event = ?1 order by place", event);
    }
}
