package fr.openmap.eventfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.StructureInput;

import java.util.List;

/**
 * The {@code openmap-event/1} document exactly as it is written in JSON. Dates, times and
 * enum values stay strings here so that validation can report every bad value at once, with
 * its location (buyers and structures are registration's own input records); {@link EventFileValidator} turns a valid file into an {@code EventSnapshot}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventFile(String format, Event event, List<BuyerInput> buyers, List<StructureInput> structures,
                        List<Request> requests, List<Booking> bookings) {

    public static final String FORMAT = "openmap-event/1";

    /**
     * {@code answersFrozenAt}: optional, the moment from which participants can no longer answer requests.
     * {@code registration}, {@code organizer}: optional, the self-registration settings and whom to write to.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(String slug, String title, String theme, String date, String timezone, String venue,
                        Integer pitchPlaces, Integer tables, List<ProgrammeItem> programme, String answersFrozenAt,
                        Registration registration, Organizer organizer) {

        public Event(String slug, String title, String theme, String date, String timezone, String venue,
                     Integer pitchPlaces, Integer tables, List<ProgrammeItem> programme, String answersFrozenAt) {
            this(slug, title, theme, date, timezone, venue, pitchPlaces, tables, programme, answersFrozenAt, null, null);
        }
    }

    /**
     * Self-registration: open from {@code opensAt} until {@code closesAt}, with or without approval, up to
     * {@code maxStructures}; each participant with at most {@code maxPendingRequests} requests awaiting an answer;
     * {@code buyerBooking} false: buyers may not book slots themselves (absent: they may).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registration(String opensAt, String closesAt, Boolean approval, Integer maxStructures,
                               Integer maxPendingRequests, Boolean buyerBooking) {
        public Registration(String opensAt, String closesAt, Boolean approval, Integer maxStructures) {
            this(opensAt, closesAt, approval, maxStructures, null, null);
        }

        public Registration(String opensAt, String closesAt, Boolean approval, Integer maxStructures,
                            Integer maxPendingRequests) {
            this(opensAt, closesAt, approval, maxStructures, maxPendingRequests, null);
        }
    }

    /** The organizer's contact shown on the public page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organizer(String name, String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgrammeItem(String kind, String title, String start, String end, String date,
                                Integer slotMinutes, Integer changeoverMinutes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Request(String from, String to, Integer priority, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Booking(String buyer, String structure, String date, String start) {
    }
}
