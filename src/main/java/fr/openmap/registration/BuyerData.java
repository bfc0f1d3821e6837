package fr.openmap.registration;

import fr.openmap.event.TimeWindow;

import java.util.List;

/**
 * A buyer's validated registration data, as the API, the event file and the solver see it.
 * {@code language}: "fr" or "en", the language of their emails and page; null: not given (French for a newcomer).
 * {@code approval}: null when not given (a newcomer is approved; a change keeps what it was).
 */
public record BuyerData(String ref, String organization, String service, String contactName, String email,
                        List<String> interests, List<TimeWindow> unavailable, Integer maxMeetings, String table,
                        String language, String needs, Approval approval, String refusalReason) {

    public BuyerData(String ref, String organization, String service, String contactName, String email,
                     List<String> interests, List<TimeWindow> unavailable, Integer maxMeetings, String table,
                     String language) {
        this(ref, organization, service, contactName, email, interests, unavailable, maxMeetings, table, language,
                null, null, null);
    }

    public BuyerData(String ref, String organization, String service, String contactName, String email,
                     List<String> interests, List<TimeWindow> unavailable, Integer maxMeetings, String table) {
        this(ref, organization, service, contactName, email, interests, unavailable, maxMeetings, table, null);
    }
}
