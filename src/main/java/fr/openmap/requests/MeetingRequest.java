package fr.openmap.requests;

import fr.openmap.event.Event;
import fr.openmap.i18n.Text;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A wish to meet, from a buyer to a structure or the other way, with its priority and the answer. */
@Entity
@Table(name = "meeting_requests")
public class MeetingRequest extends PanacheEntity {

    /** The refusal of a request between two buyers or two structures, wherever it is asked (API, event file). */
    public static Text notBetweenBuyerAndStructure(boolean twoBuyers) {
        return Text.of("a request must be between a buyer and a structure, not between two "
                + (twoBuyers ? "buyers" : "structures"), "une demande se fait entre un acheteur et une structure, pas entre deux "
                + (twoBuyers ? "acheteurs" : "structures"));
    }

    /** A priority in words: 1 the most wanted ("prioritaire"), 2 "souhaité", 3 "si possible". */
    public static Text priorityWords(int priority) {
        return switch (priority) {
            case 1 -> Text.of("top priority", "prioritaire");
            case 2 -> Text.of("wanted", "souhaité");
            case 3 -> Text.of("if possible", "si possible");
            default -> Text.english(String.valueOf(priority));
        };
    }

    @ManyToOne(optional = false)
    public Event event;
    @ManyToOne(optional = false)
    public Buyer buyer;
    @ManyToOne(optional = false)
    public Structure structure;
    /** True when the buyer asked the structure; false when the structure asked the buyer. */
    @Column(name = "from_buyer", nullable = false)
    public boolean fromBuyer;
    /** 1 (most wanted) to 3. */
    @Column(nullable = false)
    public int priority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status = RequestStatus.PENDING;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
    /** Who gave the current answer: {@code organizer}, or the ref of the one asked; null while PENDING. */
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_at")
    public Instant answeredAt;
    /** What the one who asked wrote with the request; null: nothing. */
    public String message;
    /** What the one asked wrote with their (last) answer; null: nothing. */
    @Column(name = "answer_message")
    public String answerMessage;

    public String fromRef() {
        return fromBuyer ? buyer.ref : structure.ref;
    }

    public String toRef() {
        return fromBuyer ? structure.ref : buyer.ref;
    }
}
