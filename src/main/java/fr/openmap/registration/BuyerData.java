package fr.openmap.registration;

import fr.openmap.event.TimeWindow;

import java.util.List;

/**
 * A buyer's validated registration data, as the API, the event file and the solver see it.
 * {@code language}: "fr" or "en", the language of their emails and page; null: not given (French for a newcomer).
 */
public record BuyerData(String ref, String organization, String service, String contactName, String email,
                        List<String> interests, List<TimeWindow> unavailable, Integer maxMeetings, String table,
                        String language) {

    public BuyerData(String ref, String organization, String service, String contactName, String email,
                     List<String> interests, List<TimeWindow> unavailable, Integer maxMeetings, String table) {
        this(ref, organization, service, contactName, email, interests, unavailable, maxMeetings, table, null);
    }
}
