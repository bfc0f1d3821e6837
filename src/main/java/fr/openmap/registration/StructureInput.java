package fr.openmap.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A structure as written in the registration API and in the event file, before validation; see {@link BuyerInput}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StructureInput(String ref, String name, String legalForm, String siret, String department,
                             String sector, String contactName, String email, Integer representatives,
                             List<WindowInput> unavailable, Integer maxMeetings, PitchInput pitch, String language) {

    /** A structure's pitch status ({@link PitchStatus} name) and rank, as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PitchInput(String status, Integer rank) {
    }
}
