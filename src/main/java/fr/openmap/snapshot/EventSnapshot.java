package fr.openmap.snapshot;

import fr.openmap.event.OrganizerContact;
import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.RegistrationSettings;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.registration.Approval;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.RequestStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The event as the solver plans it: only the participants the organizer let in (a registration waiting
     * for approval, or refused, is left out with its requests and bookings).
     */
    public EventSnapshot approvedOnly() {
        List<BuyerData> approvedBuyers = buyers.stream().filter(b -> approved(b.approval())).toList();
        List<StructureData> approvedStructures = structures.stream().filter(s -> approved(s.approval())).toList();
        if (approvedBuyers.size() == buyers.size() && approvedStructures.size() == structures.size()) {
            return this;
        }
        Set<String> in = new HashSet<>();
        approvedBuyers.forEach(b -> in.add(b.ref()));
        approvedStructures.forEach(s -> in.add(s.ref()));
        return new EventSnapshot(event, approvedBuyers, approvedStructures,
                requests.stream().filter(r -> in.contains(r.from()) && in.contains(r.to())).toList(),
                bookings.stream().filter(b -> in.contains(b.buyer()) && in.contains(b.structure())).toList());
    }

    private static boolean approved(Approval approval) {
        return approval == null || approval == Approval.APPROVED;
    }

    /**
     * {@code answersFrozenAt}: from then on participants can no longer answer meeting requests; null: never.
     * {@code registration} and {@code organizer} are never null (defaults when the file has none).
     */
    public record EventInfo(String slug, String title, String theme, String venue, LocalDate date, ZoneId timezone,
                            int pitchPlaces, int tables, List<ProgrammeItemData> programme, Instant answersFrozenAt,
                            RegistrationSettings registration, OrganizerContact organizer) {

        public EventInfo(String slug, String title, String theme, String venue, LocalDate date, ZoneId timezone,
                         int pitchPlaces, int tables, List<ProgrammeItemData> programme, Instant answersFrozenAt) {
            this(slug, title, theme, venue, date, timezone, pitchPlaces, tables, programme, answersFrozenAt,
                    RegistrationSettings.DEFAULT, OrganizerContact.NONE);
        }

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
