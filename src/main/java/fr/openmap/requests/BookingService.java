package fr.openmap.requests;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.registration.Unavailability;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Meetings fixed by hand at one slot: a buyer (or the organizer) books a structure. */
@ApplicationScoped
public class BookingService {

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    Caller caller;

    @Transactional
    public List<Booking> list(long eventId) {
        Caller.Scope scope = caller.listScope(events.require(eventId));
        return Booking.list(scope.where() + " order by slotDate, slotStart, id", scope.value());
    }

    /**
     * Books the pair at the slot starting at {@code date} {@code start} (the event's day when no
     * date is given). Refused with 409 when no slot starts then or either side is busy then.
     */
    @Transactional
    public Booking book(long eventId, String buyerRef, String structureRef, String date, String start) {
        Event event = events.require(eventId);
        caller.requireMemberOf(eventId);
        Problems problems = new Problems();
        problems.ref("buyer", buyerRef);
        problems.ref("structure", structureRef);
        LocalDate day = date == null ? event.date : problems.date("date", date);
        LocalTime time = problems.time("start", start);
        problems.throwIfAny();
        Buyer buyer = registrations.findBuyer(eventId, buyerRef);
        Structure structure = registrations.findStructure(eventId, structureRef);
        if (!caller.isOrganizer() && !caller.is(buyer)) {
            throw new ForbiddenException("only the organizer or the buyer may book a meeting for this buyer");
        }
        Slot slot = Slots.startingAt(event.slots(), day, time)
                .orElseThrow(() -> new ConflictException("no meeting slot starts at " + day + " " + time));
        if (MeetingRequest.count("buyer = ?1 and structure = ?2 and status = ?3", buyer, structure, RequestStatus.DECLINED) > 0) {
            throw new ConflictException(buyer.ref + " and " + structure.ref + " have a declined request: they cannot be booked together");
        }
        if (Booking.count("buyer = ?1 and structure = ?2", buyer, structure) > 0) {
            throw new ConflictException(buyer.ref + " and " + structure.ref + " already have a booked meeting");
        }
        if (Booking.count("buyer = ?1 and slotDate = ?2 and slotStart = ?3", buyer, day, time) > 0) {
            throw new ConflictException("buyer " + buyer.ref + " is already busy at " + time);
        }
        if (Booking.count("structure = ?1 and slotDate = ?2 and slotStart = ?3", structure, day, time) >= structure.representatives) {
            throw new ConflictException("structure " + structure.ref + " is already busy at " + time);
        }
        requireAvailable(buyer.ref, buyer.unavailable, slot);
        requireAvailable(structure.ref, structure.unavailable, slot);
        Booking booking = new Booking();
        booking.event = event;
        booking.buyer = buyer;
        booking.structure = structure;
        booking.slotDate = day;
        booking.slotStart = time;
        booking.persist();
        return booking;
    }

    @Transactional
    public void cancel(long eventId, long bookingId) {
        caller.requireMemberOf(eventId);
        Booking booking = Booking.<Booking>find("id = ?1 and event.id = ?2", bookingId, eventId).firstResultOptional()
                .filter(b -> caller.isOrganizer() || caller.is(b.buyer))
                .orElseThrow(() -> new NotFoundException("no booking " + bookingId + " in event " + eventId));
        booking.delete();
    }

    private static void requireAvailable(String ref, List<Unavailability> unavailable, Slot slot) {
        if (unavailable.stream().anyMatch(u -> slot.overlaps(u.toWindow()))) {
            throw new ConflictException(ref + " is not available at " + slot.start());
        }
    }
}
