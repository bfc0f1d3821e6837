package fr.openmap.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A buyer as it is written in the registration API and in the event file, before validation: every
 * value as given, so that every problem can be reported with its field ({@link ParticipantFields}).
 * {@code language}: optional, "fr" (the default, not written back) or "en": the language of their emails and page.
 * {@code needs}: optional, what the buyer looks for, in a few lines. {@code approval}: optional, "PENDING" or
 * "REFUSED" (with its {@code refusalReason}) for a registration the organizer has not let in; "APPROVED" is the
 * default, not written back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuyerInput(String ref, String organization, String service, String contactName, String email,
                         List<String> interests, List<WindowInput> unavailable, Integer maxMeetings, String table,
                         String language, String needs, String approval, String refusalReason) {

    public BuyerInput(String ref, String organization, String service, String contactName, String email,
                      List<String> interests, List<WindowInput> unavailable, Integer maxMeetings, String table,
                      String language) {
        this(ref, organization, service, contactName, email, interests, unavailable, maxMeetings, table, language,
                null, null, null);
    }
}
