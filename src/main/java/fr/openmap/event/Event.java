package fr.openmap.event;

import fr.openmap.i18n.Text;
import fr.openmap.validation.NotFoundException;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A matinale: its day, venue, tables and programme. */
@Entity
@Table(name = "events")
public class Event extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String slug;
    @Column(nullable = false)
    public String title;
    public String theme;
    public String venue;
    @Column(name = "event_date", nullable = false)
    public LocalDate date;
    @Column(nullable = false)
    public String timezone;
    @Column(name = "pitch_places", nullable = false)
    public int pitchPlaces;
    @Column(name = "table_count", nullable = false)
    public int tables;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
    /** From this moment participants can no longer answer or withdraw meeting requests; null: never. */
    @Column(name = "answers_frozen_at")
    public Instant answersFrozenAt;

    @Column(name = "registration_opens_at")
    public Instant registrationOpensAt;
    @Column(name = "registration_closes_at")
    public Instant registrationClosesAt;
    @Column(name = "registration_approval", nullable = false)
    public boolean registrationApproval;
    @Column(name = "registration_max_structures")
    public Integer registrationMaxStructures;
    @Column(name = "organizer_name")
    public String organizerName;
    @Column(name = "organizer_email")
    public String organizerEmail;
    /** How many requests awaiting an answer a participant may have asked at once; null: {@link #DEFAULT_MAX_PENDING_REQUESTS}. */
    @Column(name = "max_pending_requests")
    public Integer maxPendingRequests;
    /** Whether buyers may book slots themselves (the organizer always may). */
    @Column(name = "buyer_booking", nullable = false)
    public boolean buyerBooking = true;

    /** A participant's requests awaiting an answer, at most, when the event does not say. */
    public static final int DEFAULT_MAX_PENDING_REQUESTS = 15;

    /** The limit of requests awaiting an answer per participant that applies. */
    public int pendingRequestLimit() {
        return maxPendingRequests == null ? DEFAULT_MAX_PENDING_REQUESTS : maxPendingRequests;
    }

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProgrammeItem> programme = new ArrayList<>();

    public static Optional<Event> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public RegistrationSettings registration() {
        return new RegistrationSettings(registrationOpensAt, registrationClosesAt, registrationApproval,
                registrationMaxStructures, maxPendingRequests, buyerBooking);
    }

    public void registration(RegistrationSettings settings) {
        registrationOpensAt = settings.opensAt();
        registrationClosesAt = settings.closesAt();
        registrationApproval = settings.approval();
        registrationMaxStructures = settings.maxStructures();
        maxPendingRequests = settings.maxPendingRequests();
        buyerBooking = settings.buyerBooking();
    }

    public OrganizerContact organizer() {
        return new OrganizerContact(organizerName, organizerEmail);
    }

    public void organizer(OrganizerContact contact) {
        organizerName = contact.name();
        organizerEmail = contact.email();
    }

    /** Where self-registration stands now. */
    public RegistrationSettings.Phase registrationPhase(Instant now) {
        return registration().phaseAt(now, date, java.time.ZoneId.of(timezone));
    }

    public List<ProgrammeItemData> programmeData() {
        return programme.stream().map(ProgrammeItem::toData).toList();
    }

    public List<Slot> slots() {
        return Slots.of(programmeData());
    }

    /** The answer for an event that does not exist, or that the caller may not know of. */
    public static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("no event with id " + id, "aucun événement n'a l'id " + id));
    }
}
