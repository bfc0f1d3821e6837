package fr.openmap.registration;

import fr.openmap.event.TimeWindow;

import java.util.List;

/**
 * A structure's validated registration data, as the API, the event file and the solver see it.
 * {@code language}: as for {@link BuyerData}.
 */
public record StructureData(String ref, String name, LegalForm legalForm, String siret, String department,
                            String sector, String contactName, String email, int representatives,
                            List<TimeWindow> unavailable, Integer maxMeetings, PitchInfo pitch, String language,
                            String offer, Approval approval, String refusalReason) {

    public StructureData(String ref, String name, LegalForm legalForm, String siret, String department,
                         String sector, String contactName, String email, int representatives,
                         List<TimeWindow> unavailable, Integer maxMeetings, PitchInfo pitch, String language) {
        this(ref, name, legalForm, siret, department, sector, contactName, email, representatives, unavailable,
                maxMeetings, pitch, language, null, null, null);
    }

    public StructureData(String ref, String name, LegalForm legalForm, String siret, String department,
                         String sector, String contactName, String email, int representatives,
                         List<TimeWindow> unavailable, Integer maxMeetings, PitchInfo pitch) {
        this(ref, name, legalForm, siret, department, sector, contactName, email, representatives, unavailable,
                maxMeetings, pitch, null);
    }
}
