package fr.openmap.agenda;

import fr.openmap.event.Event;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** What one participant was last sent as their agenda: the meetings, and how many times it changed. */
@Entity
@Table(name = "agenda_publications")
public class AgendaPublication extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @Column(name = "participant_ref", nullable = false)
    public String participantRef;
    /** 0 at the first publication, +1 at each change: the SEQUENCE of the calendar events. */
    @Column(nullable = false)
    public int version;
    /** The meetings published, as JSON (see {@link PublishedMeeting}). */
    @Column(nullable = false, columnDefinition = "text")
    public String meetings;
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
    @Column(name = "message_id")
    public Long messageId;
}
