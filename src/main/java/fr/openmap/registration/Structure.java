package fr.openmap.registration;

import fr.openmap.access.ParticipantPrincipal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** An ESS structure (SIAE, EA/ESAT, SCOP, association…) registered for an event. */
@Entity
@Table(name = "structures")
public class Structure extends Participant {

    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    public LegalForm legalForm;
    @Column(nullable = false)
    public String siret;
    @Column(nullable = false)
    public String department;
    public String sector;
    /** How many people it sends: how many meetings it can hold at the same time. */
    @Column(nullable = false)
    public int representatives = 1;
    @Enumerated(EnumType.STRING)
    @Column(name = "pitch_status")
    public PitchStatus pitchStatus;
    @Column(name = "pitch_rank")
    public Integer pitchRank;

    /** What the structure offers, in its own words. */
    public String offer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "structure_unavailability", joinColumns = @JoinColumn(name = "structure_id"))
    @OrderColumn(name = "position")
    public List<Unavailability> unavailable = new ArrayList<>();

    @Override
    public ParticipantPrincipal.Kind participantKind() {
        return ParticipantPrincipal.Kind.STRUCTURE;
    }

    @Override
    public String displayName() {
        return name;
    }

    /** Copies every field but the ref from validated data (the language only when given). */
    public void apply(StructureData data) {
        name = data.name();
        legalForm = data.legalForm();
        siret = data.siret();
        department = data.department();
        sector = data.sector();
        contactName = data.contactName();
        email = data.email();
        representatives = data.representatives();
        maxMeetings = data.maxMeetings();
        pitchStatus = data.pitch() == null ? null : data.pitch().status();
        pitchRank = data.pitch() == null ? null : data.pitch().rank();
        unavailable.clear();
        data.unavailable().forEach(w -> unavailable.add(Unavailability.of(w)));
        applyLanguage(data.language());
        offer = data.offer();
        applyApproval(data.approval(), data.refusalReason());
    }

    public StructureData toData() {
        PitchInfo pitch = pitchStatus == null && pitchRank == null ? null : new PitchInfo(pitchStatus, pitchRank);
        return new StructureData(ref, name, legalForm, siret, department, sector, contactName, email, representatives,
                unavailable.stream().map(Unavailability::toWindow).toList(), maxMeetings, pitch, language,
                offer, approval, refusalReason);
    }
}
