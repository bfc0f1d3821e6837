package fr.openmap.eventfile;

import fr.openmap.event.OrganizerContact;
import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.RegistrationSettings;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.event.TimeWindow;
import fr.openmap.i18n.Text;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.StructureData;
import fr.openmap.registration.StructureInput;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot.BookingData;
import fr.openmap.snapshot.EventSnapshot.EventInfo;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.timetable.BookingRefusals;
import fr.openmap.timetable.solver.Occupancy;
import fr.openmap.timetable.solver.PlannedBuyer;
import fr.openmap.timetable.solver.PlannedStructure;
import fr.openmap.timetable.solver.Rule;
import fr.openmap.timetable.solver.TimetableProblemFactory;
import fr.openmap.validation.Limits;
import fr.openmap.validation.Problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a whole {@code openmap-event/1} document and turns it into an {@link EventSnapshot}.
 * Every problem is collected with its JSON location ({@code $.buyers[3].email}) before the file
 * is refused, so the organizer can fix them all in one go.
 */
public final class EventFileValidator {

    private final Problems problems = new Problems();
    private final ParticipantFields fields = new ParticipantFields(problems);
    private final Set<String> buyerRefs = new HashSet<>();
    private final Set<String> structureRefs = new HashSet<>();

    private EventFileValidator() {
    }

    /** The snapshot of a valid file; throws {@code InvalidInputException} listing every problem otherwise. */
    public static EventSnapshot validate(EventFile file) {
        return new EventFileValidator().check(file);
    }

    private EventSnapshot check(EventFile file) {
        if (file == null) {
            problems.add("$", Text.of("the document is empty", "le document est vide"));
            problems.throwIfAny();
        }
        if (!EventFile.FORMAT.equals(file.format())) {
            problems.add("$.format", file.format() == null
                    ? Text.of("is required and must be \"" + EventFile.FORMAT + "\"",
                            "est obligatoire et doit valoir « " + EventFile.FORMAT + " »")
                    : Text.of("unsupported format '" + file.format() + "': expected \"" + EventFile.FORMAT + "\"",
                            "format « " + file.format() + " » non pris en charge : « " + EventFile.FORMAT + " » attendu"));
        }
        EventInfo event = event(file.event());
        List<Slot> slots = event == null ? List.of() : Slots.of(event.programme());
        LocalDate eventDate = event == null ? null : event.date();

        List<BuyerData> buyers = buyers(file.buyers(), eventDate, event);
        List<StructureData> structures = structures(file.structures(), eventDate);
        List<RequestData> requests = requests(file.requests());
        List<BookingData> bookings = bookings(file.bookings(), event, slots, requests, buyers, structures);
        problems.throwIfAny();
        return new EventSnapshot(event, buyers, structures, requests, bookings);
    }

    private EventInfo event(EventFile.Event event) {
        if (event == null) {
            problems.add("$.event", Problems.REQUIRED);
            return null;
        }
        String slug = problems.slug("$.event.slug", event.slug());
        String title = problems.requiredText("$.event.title", event.title(), Limits.TITLE);
        String theme = problems.optionalText("$.event.theme", event.theme(), Limits.LONG_TEXT);
        String venue = problems.optionalText("$.event.venue", event.venue(), Limits.LONG_TEXT);
        LocalDate date = problems.date("$.event.date", event.date());
        var zone = problems.zone("$.event.timezone", event.timezone());
        Integer pitchPlaces = problems.optionalBetween("$.event.pitchPlaces", event.pitchPlaces(), 0, Limits.PITCH_PLACES_MAX);
        Integer tables = event.tables();
        if (tables == null) {
            problems.add("$.event.tables", Text.of("is required (how many tables are available for meetings)",
                    "est obligatoire (le nombre de tables disponibles pour les rendez-vous)"));
        } else {
            tables = problems.between("$.event.tables", tables, Limits.TABLES_MIN, Limits.TABLES_MAX);
        }
        List<ProgrammeItemData> programme = new ArrayList<>();
        List<EventFile.ProgrammeItem> items = event.programme() == null ? List.of() : event.programme();
        if (items.size() > Limits.PROGRAMME_ITEMS) {
            problems.add("$.event.programme", Text.of("has " + items.size() + " items: " + Limits.PROGRAMME_ITEMS + " at most",
                    "compte " + items.size() + " éléments : " + Limits.PROGRAMME_ITEMS + " au plus"));
            items = List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            ProgrammeItemData item = programmeItem("$.event.programme[" + i + "]", items.get(i), date);
            if (item != null) {
                programme.add(item);
            }
        }
        if (items.stream().filter(Objects::nonNull).noneMatch(i -> "NETWORKING".equals(i.kind()))) {
            problems.add("$.event.programme", Text.of("has no NETWORKING item: there would be no slot for meetings",
                    "ne compte aucun élément NETWORKING : il n'y aurait aucun créneau de rendez-vous"));
        }
        Instant answersFrozenAt = problems.moment("$.event.answersFrozenAt", event.answersFrozenAt(),
                zone == null ? java.time.ZoneOffset.UTC : zone); // a bad zone is reported above; still check this one
        return new EventInfo(slug, title, theme, venue, date, zone,
                pitchPlaces == null ? 0 : pitchPlaces, tables == null ? 0 : tables, List.copyOf(programme), answersFrozenAt,
                registration(event.registration(), zone == null ? java.time.ZoneOffset.UTC : zone),
                organizer(event.organizer()));
    }

    private RegistrationSettings registration(EventFile.Registration r, java.time.ZoneId zone) {
        if (r == null) {
            return RegistrationSettings.DEFAULT;
        }
        Instant opensAt = problems.moment("$.event.registration.opensAt", r.opensAt(), zone);
        Instant closesAt = problems.moment("$.event.registration.closesAt", r.closesAt(), zone);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            problems.add("$.event.registration.closesAt", Text.of("must be after the opening (opensAt)",
                    "doit être après l'ouverture (opensAt)"));
        }
        Integer maxStructures = problems.optionalBetween("$.event.registration.maxStructures", r.maxStructures(), 0,
                Limits.MAX_STRUCTURES);
        Integer maxPending = problems.optionalBetween("$.event.registration.maxPendingRequests", r.maxPendingRequests(), 1,
                Limits.MAX_PENDING_REQUESTS);
        return new RegistrationSettings(opensAt, closesAt, Boolean.TRUE.equals(r.approval()), maxStructures, maxPending,
                !Boolean.FALSE.equals(r.buyerBooking()));
    }

    private OrganizerContact organizer(EventFile.Organizer o) {
        if (o == null) {
            return OrganizerContact.NONE;
        }
        String name = problems.optionalText("$.event.organizer.name", o.name(), Limits.PERSON_NAME);
        String email = o.email() == null || o.email().isBlank() ? null : problems.email("$.event.organizer.email", o.email());
        return new OrganizerContact(name, email);
    }

    private ProgrammeItemData programmeItem(String at, EventFile.ProgrammeItem item, LocalDate eventDate) {
        if (item == null) {
            problems.add(at, Problems.EMPTY);
            return null;
        }
        ProgrammeKind kind = problems.enumValue(at + ".kind", item.kind(), ProgrammeKind.class);
        String title = problems.requiredText(at + ".title", item.title(), Limits.TITLE);
        LocalDate date = item.date() == null ? eventDate : problems.date(at + ".date", item.date());
        LocalTime start = problems.time(at + ".start", item.start());
        LocalTime end = problems.time(at + ".end", item.end());
        problems.endAfterStart(at + ".end", start, end);
        Integer slotMinutes = null;
        Integer changeover = null;
        if (kind == ProgrammeKind.NETWORKING) {
            if (item.slotMinutes() == null) {
                problems.add(at + ".slotMinutes", Text.of("a NETWORKING item needs slotMinutes (" + Limits.SLOT_MINUTES_MIN
                        + " to " + Limits.SLOT_MINUTES_MAX + ")", "un élément NETWORKING demande slotMinutes (de "
                        + Limits.SLOT_MINUTES_MIN + " à " + Limits.SLOT_MINUTES_MAX + ")"));
            } else {
                slotMinutes = problems.between(at + ".slotMinutes", item.slotMinutes(),
                        Limits.SLOT_MINUTES_MIN, Limits.SLOT_MINUTES_MAX);
            }
            changeover = item.changeoverMinutes() == null ? Integer.valueOf(0)
                    : problems.between(at + ".changeoverMinutes", item.changeoverMinutes(), 0, Limits.CHANGEOVER_MINUTES_MAX);
            if (start != null && end != null && slotMinutes != null && start.plusMinutes(slotMinutes).isAfter(end)) {
                problems.add(at + ".slotMinutes", Text.of("a slot of " + slotMinutes
                        + " minutes does not fit between " + start + " and " + end, "un créneau de " + slotMinutes
                        + " minutes ne tient pas entre " + start + " et " + end));
            }
            if (slotMinutes == null || changeover == null) {
                return null;
            }
        }
        if (kind == null || title == null || date == null || start == null || end == null) {
            return null;
        }
        return new ProgrammeItemData(kind, title, date, start, end, slotMinutes, changeover);
    }

    private List<BuyerData> buyers(List<BuyerInput> list, LocalDate eventDate, EventInfo event) {
        List<BuyerData> buyers = new ArrayList<>();
        if (list == null) {
            return buyers;
        }
        Map<String, String> tableOwner = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.buyers[" + i + "]";
            BuyerInput b = list.get(i);
            if (b == null) {
                problems.add(at, Problems.EMPTY);
                continue;
            }
            String ref = ref(at + ".ref", b.ref());
            if (ref != null) {
                buyerRefs.add(ref);
            }
            BuyerData buyer = fields.buyer(at, b, eventDate);
            if (buyer.table() != null && tableOwner.putIfAbsent(buyer.table(), at) != null) {
                problems.add(at + ".table", Text.of("table '" + buyer.table() + "' is already given to " + tableOwner.get(buyer.table()),
                        "la table « " + buyer.table() + " » est déjà attribuée à " + tableOwner.get(buyer.table())));
            }
            buyers.add(buyer);
        }
        if (event != null && event.tables() > 0 && list.size() > event.tables()) {
            problems.add("$.buyers", Text.of("there are " + list.size() + " buyers but only " + event.tables()
                    + " tables: every buyer keeps one table for the whole event", "il y a " + list.size()
                    + " acheteurs mais seulement " + event.tables() + " tables : chaque acheteur garde sa table tout l'événement"));
        }
        return buyers;
    }

    private List<StructureData> structures(List<StructureInput> list, LocalDate eventDate) {
        List<StructureData> structures = new ArrayList<>();
        if (list == null) {
            return structures;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "$.structures[" + i + "]";
            StructureInput s = list.get(i);
            if (s == null) {
                problems.add(at, Problems.EMPTY);
                continue;
            }
            String ref = ref(at + ".ref", s.ref());
            if (ref != null) {
                structureRefs.add(ref);
            }
            structures.add(fields.structure(at, s, eventDate));
        }
        return structures;
    }

    private List<RequestData> requests(List<EventFile.Request> list) {
        List<RequestData> requests = new ArrayList<>();
        if (list == null) {
            return requests;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.requests[" + i + "]";
            EventFile.Request r = list.get(i);
            if (r == null) {
                problems.add(at, Problems.EMPTY);
                continue;
            }
            boolean fromKnown = knownParticipant(at + ".from", r.from());
            boolean toKnown = knownParticipant(at + ".to", r.to());
            if (fromKnown && toKnown) {
                boolean fromBuyer = buyerRefs.contains(r.from());
                boolean toBuyer = buyerRefs.contains(r.to());
                if (fromBuyer == toBuyer) {
                    Text refused = MeetingRequest.notBetweenBuyerAndStructure(fromBuyer);
                    problems.add(at, Text.of(refused.english() + " ('" + r.from() + "' and '" + r.to() + "')",
                            refused.french() + " (« " + r.from() + " » et « " + r.to() + " »)"));
                } else if (!seen.add(r.from() + "->" + r.to())) {
                    problems.add(at, Text.of("duplicate request from '" + r.from() + "' to '" + r.to() + "'",
                            "demande en double de « " + r.from() + " » à « " + r.to() + " »"));
                }
            }
            Integer priority = problems.between(at + ".priority", r.priority(), Limits.PRIORITY_MIN, Limits.PRIORITY_MAX);
            RequestStatus status = problems.enumValue(at + ".status", r.status(), RequestStatus.class);
            requests.add(new RequestData(r.from(), r.to(), priority == null ? 0 : priority, status));
        }
        return requests;
    }

    /**
     * Checks the bookings: known participants, a slot starting then, not a declined or repeated pair, and the
     * hard rules of the timetable next to the bookings before it, as {@link Occupancy} tells them (the same
     * refusal, naming the rule, as a booking made through the API).
     */
    private List<BookingData> bookings(List<EventFile.Booking> list, EventInfo event, List<Slot> slots,
                                       List<RequestData> requests, List<BuyerData> buyers,
                                       List<StructureData> structures) {
        List<BookingData> bookings = new ArrayList<>();
        if (list == null) {
            return bookings;
        }
        LocalDate eventDate = event == null ? null : event.date();
        Set<String> declinedPairs = new HashSet<>();
        for (RequestData r : requests) {
            if (r.status() == RequestStatus.DECLINED) {
                declinedPairs.add(pairKey(r.from(), r.to()));
            }
        }
        Map<String, PlannedBuyer> plannedBuyers = new HashMap<>();
        Map<String, PlannedStructure> plannedStructures = new HashMap<>();
        if (eventDate != null) {
            planned(event, slots, buyers, structures, plannedBuyers, plannedStructures);
        }
        Occupancy booked = new Occupancy();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.bookings[" + i + "]";
            EventFile.Booking b = list.get(i);
            if (b == null) {
                problems.add(at, Problems.EMPTY);
                continue;
            }
            boolean buyerOk = b.buyer() != null && buyerRefs.contains(b.buyer());
            if (!buyerOk) {
                problems.add(at + ".buyer", b.buyer() == null ? Problems.REQUIRED : Text.of("unknown buyer ref '" + Problems.shown(b.buyer()) + "'",
                        "aucun acheteur n'a la ref « " + Problems.shown(b.buyer()) + " »"));
            }
            boolean structureOk = b.structure() != null && structureRefs.contains(b.structure());
            if (!structureOk) {
                problems.add(at + ".structure", b.structure() == null ? Problems.REQUIRED : Text.of("unknown structure ref '" + Problems.shown(b.structure()) + "'",
                        "aucune structure n'a la ref « " + Problems.shown(b.structure()) + " »"));
            }
            LocalDate date = b.date() == null ? eventDate : problems.date(at + ".date", b.date());
            LocalTime start = problems.time(at + ".start", b.start());
            if (date == null || start == null) {
                continue;
            }
            Slot slot = Slots.startingAt(slots, date, start).orElse(null);
            if (slot == null) {
                problems.add(at + ".start", BookingRefusals.noSlotStartsAt(date, start));
                continue;
            }
            if (!buyerOk || !structureOk) {
                continue;
            }
            if (declinedPairs.contains(pairKey(b.buyer(), b.structure()))) {
                problems.add(at, BookingRefusals.declinedPair(b.buyer(), b.structure()));
            }
            if (!pairs.add(pairKey(b.buyer(), b.structure()))) {
                problems.add(at, BookingRefusals.alreadyBooked(b.buyer(), b.structure()));
            }
            PlannedBuyer buyer = plannedBuyers.get(b.buyer());
            PlannedStructure structure = plannedStructures.get(b.structure());
            if (buyer != null && structure != null) {
                for (Rule rule : booked.brokenRules(buyer, structure, slot)) {
                    problems.add(at, booked.explain(rule, buyer, structure, slot));
                }
            }
            booked.add(b.buyer(), b.structure(), slot);
            bookings.add(new BookingData(b.buyer(), b.structure(), date, start));
        }
        return bookings;
    }

    /** The file's participants as the timetable sees them: tables given out, unavailable and pitching slots. */
    private void planned(EventInfo event, List<Slot> slots, List<BuyerData> buyers, List<StructureData> structures,
                         Map<String, PlannedBuyer> plannedBuyers, Map<String, PlannedStructure> plannedStructures) {
        Map<String, String> fixedTables = new HashMap<>();
        buyers.stream().filter(buyer -> buyerRefs.contains(buyer.ref()))
                .forEach(buyer -> fixedTables.putIfAbsent(buyer.ref(), buyer.table()));
        Map<String, String> tables = TimetableProblemFactory.tables(fixedTables, event.tables());
        buyers.stream().filter(buyer -> buyerRefs.contains(buyer.ref())).forEach(buyer -> plannedBuyers.putIfAbsent(
                buyer.ref(), TimetableProblemFactory.buyer(buyer, tables.get(buyer.ref()), slots, event.date())));
        List<TimeWindow> pitchWindows = TimetableProblemFactory.pitchWindows(event.programme());
        structures.stream().filter(structure -> structureRefs.contains(structure.ref()))
                .forEach(structure -> plannedStructures.putIfAbsent(structure.ref(),
                        TimetableProblemFactory.structure(structure, slots, pitchWindows, event.date(), 1)));
    }

    private String ref(String at, String given) {
        String ref = problems.ref(at, given);
        if (ref == null) {
            return null;
        }
        if (!ref.equals(given)) {
            // a ref is an identifier: stripping it here would make requests and bookings miss it
            problems.add(at, Text.of("must not start or end with spaces",
                    "ne doit ni commencer ni finir par une espace"));
            return null;
        }
        if (buyerRefs.contains(ref) || structureRefs.contains(ref)) {
            problems.add(at, Text.of("duplicate ref '" + ref + "': refs must be unique within the file",
                    "ref « " + ref + " » en double : chaque ref est unique dans le fichier"));
            return null;
        }
        return ref;
    }

    private boolean knownParticipant(String at, String ref) {
        if (ref == null || ref.isBlank()) {
            problems.add(at, Problems.REQUIRED);
            return false;
        }
        if (!buyerRefs.contains(ref) && !structureRefs.contains(ref)) {
            problems.add(at, Text.of("unknown ref '" + Problems.shown(ref) + "': no buyer or structure has it",
                    "ref inconnue « " + Problems.shown(ref) + " » : aucun acheteur ni aucune structure ne la porte"));
            return false;
        }
        return true;
    }

    /** The key of an unordered buyer/structure pair. */
    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
