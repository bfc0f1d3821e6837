package fr.openmap.eventfile;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The {@code openmap-event/1} document exactly as it is written in JSON. Dates, times and
 * enum values stay strings here so that validation can report every bad value at once, with
 * its location; {@link EventFileValidator} turns a valid file into an {@code EventSnapshot}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventFile(String format, Event event, List<Buyer> buyers, List<Structure> structures,
                        List<Request> requests, List<Booking> bookings) {

    public static final String FORMAT = "openmap-event/1";

    /** {@code answersFrozenAt}: optional, the moment from which participants can no longer answer requests. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String slug, String title, String theme, String date, String timezone, String venue,
                        Integer pitchPlaces, Integer tables, List<ProgrammeItem> programme, String answersFrozenAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgrammeItem(String kind, String title, String start, String end, String date,
                                Integer slotMinutes, Integer changeoverMinutes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Window(String start, String end, String date) {
    }

    /** {@code language}: optional, "fr" (the default, not written) or "en": the language of their emails and page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Buyer(String ref, String organization, String service, String contactName, String email,
                        List<String> interests, List<Window> unavailable, Integer maxMeetings, String table,
                        String language) {
    }

    /** {@code language}: as for {@link Buyer}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Structure(String ref, String name, String legalForm, String siret, String department,
                            String sector, String contactName, String email, Integer representatives,
                            List<Window> unavailable, Integer maxMeetings, Pitch pitch, String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pitch(String status, Integer rank) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String from, String to, Integer priority, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Booking(String buyer, String structure, String date, String start) {
    }
}
