package fr.openmap.timetable;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
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
import fr.openmap.timetable.solver.UnscheduledCause;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The organizer's hand edits of the current timetable: move a meeting, swap two, add one for a requested
 * pair, remove one, pin or unpin. Each is checked by the solver's own rule code ({@link Occupancy}) against
 * the other meetings and refused with a 409 naming the rule and the people; an accepted edit is pinned
 * ({@link TimetablePin}) so that later solves keep it.
 */
@ApplicationScoped
public class TimetableEdits {

    /** What the organizer asks; see the API's {@code POST /api/events/{id}/timetable/edits}. */
    public record Edit(String action, String buyer, String structure, String date, String start,
                       String withBuyer, String withStructure) {
    }

    public enum Action { MOVE, SWAP, ADD, REMOVE, PIN, UNPIN }

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    Caller caller;

    @Transactional
    public void apply(long eventId, Edit edit) {
        caller.requireOrganizer();
        if (edit == null) {
            throw InvalidInputException.of("body", Problems.REQUIRED);
        }
        Problems problems = new Problems();
        Action action = action(problems, edit.action());
        problems.ref("buyer", edit.buyer());
        problems.ref("structure", edit.structure());
        boolean needsSlot = action == Action.MOVE || action == Action.ADD;
        LocalTime start = needsSlot ? problems.time("start", edit.start()) : null;
        LocalDate date = needsSlot && edit.date() != null ? problems.date("date", edit.date()) : null;
        if (action == Action.SWAP) {
            problems.ref("withBuyer", edit.withBuyer());
            problems.ref("withStructure", edit.withStructure());
        }
        problems.throwIfAny();

        // Serialized per event with bookings and other edits: the checks below see nothing land in between.
        Event event = events.lock(eventId);
        if (TimetableRun.count("event = ?1 and status = ?2", event, TimetableRun.Status.SOLVING) > 0) {
            throw new ConflictException(Text.of("the timetable is being solved: stop it or wait before editing it",
                    "le planning est en cours de calcul : arrêtez-le ou attendez avant de le modifier"));
        }
        Buyer buyer = registrations.findBuyer(eventId, edit.buyer());
        Structure structure = registrations.findStructure(eventId, edit.structure());
        List<Slot> slots = event.slots();
        switch (action) {
            case MOVE -> {
                ScheduledMeeting meeting = movable(event, buyer, structure);
                Slot slot = slot(slots, date == null ? event.date : date, start);
                check(event, slots, buyer, structure, slot, Set.of(meeting));
                place(meeting, slot);
                pin(event, buyer, structure, slot);
            }
            case SWAP -> {
                ScheduledMeeting one = movable(event, buyer, structure);
                Buyer otherBuyer = registrations.findBuyer(eventId, edit.withBuyer());
                Structure otherStructure = registrations.findStructure(eventId, edit.withStructure());
                ScheduledMeeting other = movable(event, otherBuyer, otherStructure);
                Slot first = slot(slots, one.date, one.start);
                Slot second = slot(slots, other.date, other.start);
                Occupancy around = around(event, slots, Set.of(one, other));
                checkIn(around, event, slots, buyer, structure, second);
                around.add(buyer.ref, structure.ref, second);
                checkIn(around, event, slots, otherBuyer, otherStructure, first);
                place(one, second);
                place(other, first);
                pin(event, buyer, structure, second);
                pin(event, otherBuyer, otherStructure, first);
            }
            case ADD -> {
                requested(buyer, structure);
                ScheduledMeeting.<ScheduledMeeting>find("buyer = ?1 and structure = ?2", buyer, structure)
                        .firstResultOptional().ifPresent(existing -> {
                            throw new ConflictException(Text.of(buyer.ref + " and " + structure.ref
                                            + " already meet at " + existing.start + ": move that meeting instead",
                                    buyer.ref + " et " + structure.ref + " ont déjà rendez-vous à "
                                            + DateTimeFormats.shortTime(existing.start, Language.FR)
                                            + " : déplacez plutôt ce rendez-vous"));
                        });
                Slot slot = slot(slots, date == null ? event.date : date, start);
                String table = BookingService.tableOf(event, buyer);
                check(event, slots, buyer, structure, slot, Set.of());
                ScheduledMeeting meeting = new ScheduledMeeting();
                meeting.event = event;
                meeting.buyer = buyer;
                meeting.structure = structure;
                meeting.table = table;
                place(meeting, slot);
                meeting.persist();
                pin(event, buyer, structure, slot);
                UnscheduledPair.delete("event = ?1 and buyer = ?2 and structure = ?3", event, buyer.ref, structure.ref);
            }
            case REMOVE -> {
                ScheduledMeeting meeting = movable(event, buyer, structure);
                meeting.delete();
                pin(event, buyer, structure, null);
                // the pairs left out stay true for the plan as it now is, until the next solve says it again
                UnscheduledPair.record(event, buyer.ref, structure.ref, UnscheduledCause.REMOVED_BY_ORGANIZER_REASON);
            }
            case PIN -> {
                ScheduledMeeting meeting = meeting(event, buyer, structure);
                pin(event, buyer, structure, slot(slots, meeting.date, meeting.start));
                meeting.pinned = true;
            }
            case UNPIN -> {
                TimetablePin pin = TimetablePin.of(buyer, structure).orElseThrow(() -> new NotFoundException(Text.of(
                        buyer.ref + " and " + structure.ref + " have no pin to remove",
                        buyer.ref + " et " + structure.ref + " n'ont pas d'épingle à retirer")));
                pin.delete();
                ScheduledMeeting.<ScheduledMeeting>find("buyer = ?1 and structure = ?2", buyer, structure)
                        .firstResultOptional().ifPresent(m -> m.pinned = false);
            }
        }
    }

    /** One meeting's pair, slot and table, as it is (or was, before a replacement) in the timetable. */
    public record Placed(String buyer, String structure, LocalDate date, LocalTime start, LocalTime end, String table) {
        static Placed of(ScheduledMeeting m) {
            return new Placed(m.buyer.ref, m.structure.ref, m.date, m.start, m.end, m.table);
        }
    }

    /** A meeting given to someone else at its slot: the one taken out, and the one put in its place. */
    public record Replacement(Placed freed, Placed added) {
    }

    /**
     * The timetable without one meeting: whether another pair could meet at that meeting's slot, by the solver's
     * rules, the other meetings and bookings as they are. Read once per freed meeting, asked for each candidate.
     */
    public static final class FreedSlot {
        private final Event event;
        private final List<Slot> slots;
        private final Slot slot;
        private final Occupancy occupancy;

        private FreedSlot(Event event, List<Slot> slots, Slot slot, Occupancy occupancy) {
            this.event = event;
            this.slots = slots;
            this.slot = slot;
            this.occupancy = occupancy;
        }

        public boolean fits(Buyer buyer, Structure structure) {
            return occupancy.fits(planned(event, slots, buyer), planned(event, slots, structure), slot);
        }
    }

    /** The room {@code freed} leaves at its slot once taken out of the timetable. */
    public FreedSlot without(Event event, ScheduledMeeting freed) {
        List<Slot> slots = event.slots();
        return new FreedSlot(event, slots, slot(slots, freed.date, freed.start), around(event, slots, Set.of(freed)));
    }

    /**
     * Gives the meeting of {@code buyerRef} and {@code structureRef} to {@code replacementRef} (a buyer replaces the
     * buyer, a structure the structure) at the same slot, at the buyer's table: the replacing pair must have a request
     * nobody declined and no meeting yet, and fit by the solver's rules; both are pinned so that later solves keep
     * the change, and nothing else moves. Refused with a 409 and the reason otherwise, nothing written.
     */
    @Transactional
    public Replacement replace(long eventId, String buyerRef, String structureRef, String replacementRef) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        if (TimetableRun.count("event = ?1 and status = ?2", event, TimetableRun.Status.SOLVING) > 0) {
            throw new ConflictException(Text.of("the timetable is being solved: stop it or wait before editing it",
                    "le planning est en cours de calcul : arrêtez-le ou attendez avant de le modifier"));
        }
        Buyer buyer = registrations.findBuyer(eventId, buyerRef);
        Structure structure = registrations.findStructure(eventId, structureRef);
        ScheduledMeeting freed = movable(event, buyer, structure);
        Optional<Buyer> replacingBuyer = Buyer.<Buyer>find("event = ?1 and ref = ?2", event, replacementRef)
                .firstResultOptional();
        Buyer newBuyer = replacingBuyer.orElse(buyer);
        Structure newStructure = replacingBuyer.isPresent() ? structure
                : registrations.findStructure(eventId, replacementRef);
        requested(newBuyer, newStructure);
        ScheduledMeeting.<ScheduledMeeting>find("buyer = ?1 and structure = ?2", newBuyer, newStructure)
                .firstResultOptional().ifPresent(existing -> {
                    throw new ConflictException(Text.of(newBuyer.ref + " and " + newStructure.ref
                                    + " already meet at " + existing.start,
                            newBuyer.ref + " et " + newStructure.ref + " ont déjà rendez-vous à "
                                    + DateTimeFormats.shortTime(existing.start, Language.FR)));
                });
        List<Slot> slots = event.slots();
        Slot slot = slot(slots, freed.date, freed.start);
        check(event, slots, newBuyer, newStructure, slot, Set.of(freed));
        Placed before = Placed.of(freed);
        freed.delete();
        pin(event, buyer, structure, null);
        UnscheduledPair.record(event, buyer.ref, structure.ref, GIVEN_TO_SOMEONE_ELSE);
        ScheduledMeeting meeting = new ScheduledMeeting();
        meeting.event = event;
        meeting.buyer = newBuyer;
        meeting.structure = newStructure;
        meeting.table = BookingService.tableOf(event, newBuyer);
        place(meeting, slot);
        meeting.persist();
        pin(event, newBuyer, newStructure, slot);
        UnscheduledPair.delete("event = ?1 and buyer = ?2 and structure = ?3", event, newBuyer.ref, newStructure.ref);
        return new Replacement(before, Placed.of(meeting));
    }

    /** Why a meeting given to a replacement is no longer in the timetable. */
    static final Text GIVEN_TO_SOMEONE_ELSE = Text.of("one side was absent: the slot was given to someone else",
            "absence le jour même : le créneau a été donné à quelqu'un d'autre");

    private static Action action(Problems problems, String value) {
        if (value == null || value.isBlank()) {
            problems.add("action", Problems.REQUIRED);
            return null;
        }
        try {
            return Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = String.join(", ", Arrays.stream(Action.values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
            problems.add("action", Text.of("unknown action '" + Problems.shown(value) + "': one of " + known,
                    "action inconnue « " + Problems.shown(value) + " » : " + known + " attendue"));
            return null;
        }
    }

    private static ScheduledMeeting meeting(Event event, Buyer buyer, Structure structure) {
        return ScheduledMeeting.<ScheduledMeeting>find("event = ?1 and buyer = ?2 and structure = ?3", event, buyer, structure)
                .firstResultOptional().orElseThrow(() -> new NotFoundException(Text.of(
                        buyer.ref + " and " + structure.ref + " have no meeting in the timetable",
                        buyer.ref + " et " + structure.ref + " n'ont pas de rendez-vous dans le planning")));
    }

    /** A meeting the organizer may move or remove: any but a booking, which changes through the bookings. */
    private static ScheduledMeeting movable(Event event, Buyer buyer, Structure structure) {
        ScheduledMeeting meeting = meeting(event, buyer, structure);
        if (meeting.booked) {
            throw new ConflictException(Text.of(buyer.ref + " and " + structure.ref
                            + " have a booked meeting: cancel or change the booking instead",
                    buyer.ref + " et " + structure.ref + " ont un rendez-vous réservé : annulez ou changez plutôt la réservation"));
        }
        return meeting;
    }

    /** Only a requested pair that nobody declined may meet. */
    /** The pairs left out of the timetable that may be added by hand: none of their requests was declined. */
    @Transactional
    public List<UnscheduledPair> addable(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        Set<String> declined = new HashSet<>();
        MeetingRequest.<MeetingRequest>list("event = ?1 and status = ?2", event, RequestStatus.DECLINED)
                .forEach(r -> declined.add(r.buyer.ref + "/" + r.structure.ref));
        return UnscheduledPair.<UnscheduledPair>list("event = ?1 order by buyer, structure", event).stream()
                .filter(u -> !declined.contains(u.buyer + "/" + u.structure)).toList();
    }

    private static void requested(Buyer buyer, Structure structure) {
        List<MeetingRequest> requests = MeetingRequest.list("buyer = ?1 and structure = ?2", buyer, structure);
        if (requests.stream().anyMatch(r -> r.status == RequestStatus.DECLINED)) {
            throw new ConflictException(BookingRefusals.declinedPair(buyer.ref, structure.ref));
        }
        if (requests.isEmpty()) {
            throw new ConflictException(Text.of(buyer.ref + " and " + structure.ref
                            + " have no request: only a requested pair can meet",
                    buyer.ref + " et " + structure.ref + " n'ont aucune demande : seule une paire demandée peut se rencontrer"));
        }
    }

    private static Slot slot(List<Slot> slots, LocalDate date, LocalTime start) {
        return Slots.startingAt(slots, date, start)
                .orElseThrow(() -> new ConflictException(BookingRefusals.noSlotStartsAt(date, start)));
    }

    /** The other meetings of the timetable, and the bookings made since it was solved, as the room they take. */
    private static Occupancy around(Event event, List<Slot> slots, Set<ScheduledMeeting> moving) {
        Occupancy occupancy = new Occupancy();
        Set<String> placed = new HashSet<>();
        for (ScheduledMeeting m : ScheduledMeeting.ofEvent(event)) {
            placed.add(m.buyer.ref + "/" + m.structure.ref);
            if (!moving.contains(m)) {
                Slots.startingAt(slots, m.date, m.start).ifPresent(at -> occupancy.add(m.buyer.ref, m.structure.ref, at));
            }
        }
        for (Booking b : Booking.<Booking>list("event", event)) {
            if (!placed.contains(b.buyer.ref + "/" + b.structure.ref)) {
                Slots.startingAt(slots, b.slotDate, b.slotStart).ifPresent(at -> occupancy.add(b.buyer.ref, b.structure.ref, at));
            }
        }
        return occupancy;
    }

    private static void check(Event event, List<Slot> slots, Buyer buyer, Structure structure, Slot slot,
                              Set<ScheduledMeeting> moving) {
        checkIn(around(event, slots, moving), event, slots, buyer, structure, slot);
    }

    /** Refused with the rule and the people, in the words the booking API uses. */
    private static void checkIn(Occupancy occupancy, Event event, List<Slot> slots, Buyer buyer, Structure structure,
                                Slot slot) {
        PlannedBuyer planned = planned(event, slots, buyer);
        PlannedStructure plannedStructure = planned(event, slots, structure);
        occupancy.broken(planned, plannedStructure, slot).ifPresent(rule -> {
            throw new ConflictException(occupancy.explain(rule, planned, plannedStructure, slot));
        });
    }

    private static PlannedBuyer planned(Event event, List<Slot> slots, Buyer buyer) {
        return TimetableProblemFactory.buyer(buyer.toData(), BookingService.tableOf(event, buyer), slots, event.date);
    }

    private static PlannedStructure planned(Event event, List<Slot> slots, Structure structure) {
        return TimetableProblemFactory.structure(structure.toData(), slots,
                TimetableProblemFactory.pitchWindows(event.programmeData()), event.date, 1);
    }

    private static void place(ScheduledMeeting meeting, Slot slot) {
        meeting.date = slot.date();
        meeting.start = slot.start();
        meeting.end = slot.end();
        meeting.pinned = true;
    }

    /** Keeps the edit for later solves: at {@code slot}, or kept out when null. */
    private static void pin(Event event, Buyer buyer, Structure structure, Slot slot) {
        TimetablePin pin = TimetablePin.of(buyer, structure).orElseGet(() -> {
            TimetablePin created = new TimetablePin();
            created.event = event;
            created.buyer = buyer;
            created.structure = structure;
            return created;
        });
        pin.date = slot == null ? null : slot.date();
        pin.start = slot == null ? null : slot.start();
        if (!pin.isPersistent()) {
            pin.persist();
        }
    }
}
