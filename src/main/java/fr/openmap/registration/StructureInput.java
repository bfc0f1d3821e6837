package fr.openmap.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A structure as written in the registration API and in the event file, before validation; see {@link BuyerInput}.
 * {@code offer}: optional, what the structure offers, in a few lines.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StructureInput(String ref, String name, String legalForm, String siret, String department,
                             String sector, String contactName, String email, Integer representatives,
                             List<WindowInput> unavailable, Integer maxMeetings, PitchInput pitch, String language,
                             String offer, String approval, String refusalReason) {

    public StructureInput(String ref, String name, String legalForm, String siret, String department,
                          String sector, String contactName, String email, Integer representatives,
                          List<WindowInput> unavailable, Integer maxMeetings, PitchInput pitch, String language) {
        this(ref, name, legalForm, siret, department, sector, contactName, email, representatives, unavailable,
                maxMeetings, pitch, language, null, null, null);
    }

    /** A structure's pitch status ({@link PitchStatus} name) and rank, as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PitchInput(String status, Integer rank) {
    }
}
