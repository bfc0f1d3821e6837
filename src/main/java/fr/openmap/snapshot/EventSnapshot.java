package fr.openmap.snapshot;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A typed, validated, plain-object view of one whole event: what an event file holds once it
 * passed validation, and what the stored event gives back for export and for the solver.
 * Participants are referred to by their {@code ref}, unique within the event.
 */
public record EventSnapshot(EventInfo event, List<BuyerData> buyers, List<StructureData> structures,
                            List<RequestData> requests, List<BookingData> bookings) {

    public List<Slot> slots() {
        return Slots.of(event.programme());
    }

    /** {@code answersFrozenAt}: from then on participants can no longer answer meeting requests; null: never. */
    public record EventInfo(String slug, String title, String theme, String venue, LocalDate date, ZoneId timezone,
                            int pitchPlaces, int tables, List<ProgrammeItemData> programme, Instant answersFrozenAt) {

        public EventInfo(String slug, String title, String theme, String venue, LocalDate date, ZoneId timezone,
                         int pitchPlaces, int tables, List<ProgrammeItemData> programme) {
            this(slug, title, theme, venue, date, timezone, pitchPlaces, tables, programme, null);
        }
    }

    /** A meeting request; {@code from} and {@code to} are refs, one buyer and one structure. */
    public record RequestData(String from, String to, int priority, RequestStatus status) {
    }

    /** A meeting fixed by hand at the slot starting at {@code date} {@code start}. */
    public record BookingData(String buyer, String structure, LocalDate date, LocalTime start) {
    }
}
