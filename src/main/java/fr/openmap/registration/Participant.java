package fr.openmap.registration;

import fr.openmap.access.ParticipantIdentity;
import fr.openmap.event.Event;
import fr.openmap.i18n.Text;
import fr.openmap.validation.NotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** What buyers and structures share: their event, ref, contact, limits and personal access token. */
@MappedSuperclass
public abstract class Participant extends PanacheEntity implements ParticipantIdentity {

    @ManyToOne(optional = false)
    public Event event;
    @Column(nullable = false)
    public String ref;
    @Column(name = "contact_name", nullable = false)
    public String contactName;
    @Column(nullable = false)
    public String email;
    @Column(name = "max_meetings")
    public Integer maxMeetings;
    /** Language of the participant's emails and pages: "fr" (default) or "en". */
    @Column(nullable = false)
    public String language = "fr";
    /** Whether the organizer let them in; only approved participants are planned and sent agendas. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Approval approval = Approval.APPROVED;
    /** Why the organizer refused the registration, told to the participant. */
    @Column(name = "refusal_reason")
    public String refusalReason;
    /** Random salt from which the service derives the personal access token (see AccessTokens). */
    @Column(name = "token_salt", nullable = false)
    public String tokenSalt;
    /** SHA-256 of the personal access token; the token itself is never stored. */
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    /** A language given (validated) replaces the current one; none given keeps it (French for a newcomer). */
    protected void applyLanguage(String given) {
        if (given != null) {
            language = given;
        }
    }

    /** An approval given (validated) replaces the current one with its reason; none given keeps both. */
    protected void applyApproval(Approval given, String reason) {
        if (given != null) {
            approval = given;
            refusalReason = given == Approval.REFUSED ? reason : null;
        }
    }

    public boolean approved() {
        return approval == Approval.APPROVED;
    }

    /** The name people know this participant by (organization or structure name). */
    public abstract String displayName();

    @Override
    public long participantId() {
        return id;
    }

    @Override
    public long participantEventId() {
        return event.id;
    }

    @Override
    public String participantRef() {
        return ref;
    }

    /** The answer for a ref that no buyer or structure of the event has (see ParticipantIdentity for one kind). */
    public static NotFoundException notFound(long eventId, String ref) {
        return new NotFoundException(Text.of("no buyer or structure '" + ref + "' in event " + eventId,
                "aucun acheteur ni aucune structure « " + ref + " » dans l'événement " + eventId));
    }
}
