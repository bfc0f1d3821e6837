package fr.openmap.timetable;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.i18n.Text;
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
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Meetings fixed by hand at one slot: a buyer (or the organizer) books a structure. Part of the timetable
 * because a booking obeys the timetable's hard rules ({@link Occupancy}); the {@link Booking} itself is an input
 * of the timetable, kept with the requests.
 */
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
     * date is given). Refused with 409 when no slot starts then, when the pair declined or is
     * already booked, or when the meeting would break a hard rule of the timetable next to the
     * bookings already made (see {@link Occupancy}); the sentence names the rule. A buyer is refused (409)
     * when the event does not let buyers book themselves.
     */
    @Transactional
    public Booking book(long eventId, String buyerRef, String structureRef, String date, String start) {
        caller.requireMemberOf(eventId);
        // Decided on the ref alone, so that a buyer learns nothing about who else is registered.
        if (!caller.isOrganizer() && !caller.principal().map(me -> me.ref().equals(buyerRef)).orElse(false)) {
            throw new ForbiddenException(BookingRefusals.forThemselvesOnly());
        }
        // Serialized per event: the checks below and the insert see no other booking land in between.
        Event event = events.lock(eventId);
        requireBuyersMayBook(event);
        Problems problems = new Problems();
        problems.ref("buyer", buyerRef);
        problems.ref("structure", structureRef);
        LocalDate day = date == null ? event.date : problems.date("date", date);
        LocalTime time = problems.time("start", start);
        problems.throwIfAny();
        Buyer buyer = registrations.findBuyer(eventId, buyerRef);
        Structure structure = registrations.findStructure(eventId, structureRef);
        List<Slot> slots = event.slots();
        Slot slot = Slots.startingAt(slots, day, time)
                .orElseThrow(() -> new ConflictException(BookingRefusals.noSlotStartsAt(day, time)));
        if (MeetingRequest.count("buyer = ?1 and structure = ?2 and status = ?3", buyer, structure, RequestStatus.DECLINED) > 0) {
            throw new ConflictException(BookingRefusals.declinedPair(buyer.ref, structure.ref));
        }
        if (Booking.count("buyer = ?1 and structure = ?2", buyer, structure) > 0) {
            throw new ConflictException(BookingRefusals.alreadyBooked(buyer.ref, structure.ref));
        }
        PlannedBuyer plannedBuyer = TimetableProblemFactory.buyer(buyer.toData(), tableOf(event, buyer), slots, event.date);
        PlannedStructure plannedStructure = TimetableProblemFactory.structure(structure.toData(), slots,
                TimetableProblemFactory.pitchWindows(event.programmeData()), event.date, 1);
        Occupancy occupancy = bookedAround(buyer, structure, slots);
        occupancy.broken(plannedBuyer, plannedStructure, slot).ifPresent(rule -> {
            throw new ConflictException(occupancy.explain(rule, plannedBuyer, plannedStructure, slot));
        });
        Booking booking = new Booking();
        booking.event = event;
        booking.buyer = buyer;
        booking.structure = structure;
        booking.slotDate = day;
        booking.slotStart = time;
        // A booking that slipped past the lock fails on a unique key here: ErrorMappers makes it a 409 saying what was taken.
        booking.persistAndFlush();
        return booking;
    }

    /** The table the timetable gives the buyer (null when every table is given to another buyer). */
    static String tableOf(Event event, Buyer buyer) {
        Map<String, String> fixedLabelByRef = new HashMap<>();
        Buyer.getEntityManager()
                .createQuery("select b.ref, b.table from Buyer b where b.event = :event", Object[].class)
                .setParameter("event", event).getResultList()
                .forEach(row -> fixedLabelByRef.put((String) row[0], (String) row[1]));
        return TimetableProblemFactory.tables(fixedLabelByRef, event.tables).get(buyer.ref);
    }

    /** The bookings of either side, as the room they already take. */
    private static Occupancy bookedAround(Buyer buyer, Structure structure, List<Slot> slots) {
        Occupancy occupancy = new Occupancy();
        Booking.<Booking>list("buyer = ?1 or structure = ?2", buyer, structure).forEach(b ->
                Slots.startingAt(slots, b.slotDate, b.slotStart)
                        .ifPresent(at -> occupancy.add(b.buyer.ref, b.structure.ref, at)));
        return occupancy;
    }

    /** Cancels a booking: the organizer, or its buyer while the event lets buyers book (409 otherwise). */
    @Transactional
    public void cancel(long eventId, long bookingId) {
        caller.requireMemberOf(eventId);
        requireBuyersMayBook(events.require(eventId));
        Booking booking = Booking.<Booking>find("id = ?1 and event.id = ?2", bookingId, eventId).firstResultOptional()
                .filter(b -> caller.isOrganizer() || caller.is(b.buyer))
                .orElseThrow(() -> new NotFoundException(Text.of("no booking " + bookingId + " in event " + eventId,
                        "aucun rendez-vous réservé " + bookingId + " dans l'événement " + eventId)));
        booking.delete();
    }

    /** The event's setting {@code buyerBooking}: off, only the organizer books and cancels. */
    private void requireBuyersMayBook(Event event) {
        if (!caller.isOrganizer() && !event.buyerBooking) {
            throw new ConflictException(BookingRefusals.buyersDoNotBook());
        }
    }
}
