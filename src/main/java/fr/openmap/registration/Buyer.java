package fr.openmap.registration;

import fr.openmap.access.ParticipantPrincipal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A public buyer (acheteur public) registered for an event. */
@Entity
@Table(name = "buyers")
public class Buyer extends Participant {

    @Column(nullable = false)
    public String organization;
    public String service;
    /** Fixed table label, if the organizer gave one. */
    @Column(name = "table_label")
    public String table;

    /** What the buyer looks for, in their own words. */
    public String needs;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buyer_interests", joinColumns = @JoinColumn(name = "buyer_id"))
    @OrderColumn(name = "position")
    @Column(name = "interest", nullable = false)
    public List<String> interests = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "buyer_unavailability", joinColumns = @JoinColumn(name = "buyer_id"))
    @OrderColumn(name = "position")
    public List<Unavailability> unavailable = new ArrayList<>();

    @Override
    public ParticipantPrincipal.Kind participantKind() {
        return ParticipantPrincipal.Kind.BUYER;
    }

    @Override
    public String displayName() {
        return service == null || service.isBlank() ? organization : organization + " — " + service;
    }

    /** Copies every field but the ref from validated data (the language only when given). */
    public void apply(BuyerData data) {
        organization = data.organization();
        service = data.service();
        contactName = data.contactName();
        email = data.email();
        maxMeetings = data.maxMeetings();
        table = data.table();
        interests.clear();
        interests.addAll(data.interests());
        unavailable.clear();
        data.unavailable().forEach(w -> unavailable.add(Unavailability.of(w)));
        applyLanguage(data.language());
        needs = data.needs();
        applyApproval(data.approval(), data.refusalReason());
    }

    public BuyerData toData() {
        return new BuyerData(ref, organization, service, contactName, email, List.copyOf(interests),
                unavailable.stream().map(Unavailability::toWindow).toList(), maxMeetings, table, language,
                needs, approval, refusalReason);
    }
}
