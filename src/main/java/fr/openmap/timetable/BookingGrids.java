package fr.openmap.timetable;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.requests.Booking;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.timetable.solver.Occupancy;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.TimetableProblemFactory;
import fr.openmap.validation.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A buyer's own booking grid: each meeting slot free, taken by one of the buyer's bookings, or unavailable;
 * in a free slot, the structures the buyer has an accepted request with that are free then too, as
 * {@link Occupancy} (the solver's hard rules, next to every booking of the event) decides. Booking from the
 * grid goes through {@link BookingService#book}, which checks the same rules again under the event's lock.
 */
@ApplicationScoped
public class BookingGrids {

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    BookingService bookings;
    @Inject
    Caller caller;

    /** Where a slot of the grid stands for the buyer. */
    public enum State { FREE, TAKEN, UNAVAILABLE }

    /** A structure the buyer may meet in a slot. */
    public record Choice(String ref, String name) {
    }

    /** One slot of the grid: the booking in it when taken, the structures free then when free. */
    public record Cell(LocalDate date, LocalTime start, LocalTime end, State state, Long bookingId, String bookedWith,
                       List<Choice> choices) {
    }

    /** The buyer's grid, and the structures of accepted requests not booked yet (none: nothing to book). */
    public record Grid(String buyerRef, boolean hasTable, List<Cell> cells, List<Choice> toBook) {
    }

    /** The grid of the buyer {@code buyerRef}: for that buyer or the organizer. */
    @Transactional
    public Grid grid(long eventId, String buyerRef) {
        Event event = events.require(eventId);
        Buyer buyer = own(eventId, buyerRef);
        List<Slot> slots = event.slots();
        List<Booking> all = Booking.list("event", event);
        Occupancy occupancy = new Occupancy();
        all.forEach(b -> Slots.startingAt(slots, b.slotDate, b.slotStart)
                .ifPresent(at -> occupancy.add(b.buyer.ref, b.structure.ref, at)));
        PlannedBuyer plannedBuyer = TimetableProblemFactory.buyer(buyer.toData(), BookingService.tableOf(event, buyer),
                slots, event.date);
        Map<Structure, PlannedStructure> toBook = new LinkedHashMap<>();
        var pitchWindows = TimetableProblemFactory.pitchWindows(event.programmeData());
        for (Structure s : acceptedNotBooked(buyer)) {
            toBook.put(s, TimetableProblemFactory.structure(s.toData(), slots, pitchWindows, event.date, 1));
        }
        List<Cell> cells = new ArrayList<>();
        for (Slot slot : slots) {
            Optional<Booking> mine = all.stream().filter(b -> b.buyer.id.equals(buyer.id)
                    && b.slotDate.equals(slot.date()) && b.slotStart.equals(slot.start())).findFirst();
            if (mine.isPresent()) {
                cells.add(new Cell(slot.date(), slot.start(), slot.end(), State.TAKEN, mine.get().id,
                        mine.get().structure.displayName(), List.of()));
            } else if (!plannedBuyer.hasTable() || plannedBuyer.isUnavailableAt(slot)) {
                cells.add(new Cell(slot.date(), slot.start(), slot.end(), State.UNAVAILABLE, null, null, List.of()));
            } else {
                List<Choice> free = toBook.entrySet().stream()
                        .filter(e -> occupancy.fits(plannedBuyer, e.getValue(), slot))
                        .map(e -> choice(e.getKey())).toList();
                cells.add(new Cell(slot.date(), slot.start(), slot.end(), State.FREE, null, null, free));
            }
        }
        return new Grid(buyer.ref, plannedBuyer.hasTable(), cells, toBook.keySet().stream().map(BookingGrids::choice).toList());
    }

    /**
     * Books from the grid: a buyer books a structure it has an accepted request with (refused in words
     * otherwise), then {@link BookingService#book} applies every rule of a booking.
     */
    @Transactional
    public Booking book(long eventId, String buyerRef, String structureRef, LocalDate date, LocalTime start) {
        Buyer buyer = own(eventId, buyerRef);
        boolean accepted = structureRef != null && acceptedNotBooked(buyer).stream().anyMatch(s -> s.ref.equals(structureRef));
        if (!accepted) {
            throw new ConflictException(BookingRefusals.noAcceptedRequest(buyerRef, structureRef));
        }
        return bookings.book(eventId, buyerRef, structureRef, date == null ? null : date.toString(),
                start == null ? null : start.toString());
    }

    private Buyer own(long eventId, String buyerRef) {
        caller.requireMemberOf(eventId);
        if (!caller.isOrganizer() && !caller.principal().map(me -> me.ref().equals(buyerRef)).orElse(false)) {
            throw new ForbiddenException(BookingRefusals.forThemselvesOnly());
        }
        return registrations.findBuyer(eventId, buyerRef);
    }

    /** The structures of the buyer's accepted requests (either way) without a booking with the buyer yet. */
    private static List<Structure> acceptedNotBooked(Buyer buyer) {
        List<Structure> booked = Booking.<Booking>list("buyer", buyer).stream().map(b -> b.structure).toList();
        return MeetingRequest.<MeetingRequest>list("buyer = ?1 and status = ?2", buyer, RequestStatus.ACCEPTED).stream()
                .map(r -> r.structure).distinct().filter(s -> !booked.contains(s))
                .sorted(Comparator.comparing(Structure::displayName)).toList();
    }

    private static Choice choice(Structure s) {
        return new Choice(s.ref, s.displayName());
    }
}
