package fr.openmap.timetable.solver;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.event.TimeWindow;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.PitchInfo;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot.BookingData;
import fr.openmap.snapshot.EventSnapshot.EventInfo;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.snapshot.EventSnapshot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded generator of events at the three scales the service is sized for (the benchmark's and the re-plan test's). */
public final class EventGenerator {

    static final LocalDate DATE = LocalDate.of(2025, 6, 12);

    /** What to generate. */
    public record Scale(String name, int buyers, int structures, int requests, List<ProgrammeItemData> programme,
                        int tables, double unavailableShare, double maxMeetingsShare, double twoRepresentativesShare,
                        int selectedPitches, int bookings) {
    }

    private EventGenerator() {
    }

    public static Scale matinale() {
        return new Scale("matinale (9 x 21, like the 2018 example)", 9, 21, 109, List.of(
                item(ProgrammeKind.PITCHES, "10:15", "11:00", null, null),
                item(ProgrammeKind.NETWORKING, "11:00", "12:30", 10, 2)),
                10, 0.15, 0.0, 0.05, 6, 0);
    }

    public static Scale numerique2015() {
        return new Scale("OpenMap Numérique 2015 (16 x 120, 343 requests)", 16, 120, 343, List.of(
                item(ProgrammeKind.PITCHES, "13:15", "14:00", null, null),
                item(ProgrammeKind.NETWORKING, "14:00", "16:12", 10, 2)),
                16, 0.0, 0.0, 0.0, 8, 0);
    }

    public static Scale regionalForum() {
        return new Scale("regional forum (60 x 400, 2,500 requests, 2 sessions)", 60, 400, 2500, List.of(
                item(ProgrammeKind.PITCHES, "14:00", "14:25", null, null),
                item(ProgrammeKind.NETWORKING, "10:00", "12:00", 10, 2),
                item(ProgrammeKind.NETWORKING, "14:00", "16:00", 10, 2)),
                60, 0.12, 0.10, 0.10, 12, 20);
    }

    private static ProgrammeItemData item(ProgrammeKind kind, String start, String end, Integer slot, Integer change) {
        return new ProgrammeItemData(kind, kind.name(), DATE, LocalTime.parse(start), LocalTime.parse(end), slot, change);
    }

    public static EventSnapshot generate(Scale scale, long seed) {
        Random random = new Random(seed);
        List<Slot> slots = Slots.of(scale.programme());
        List<BuyerData> buyers = new ArrayList<>();
        for (int i = 1; i <= scale.buyers(); i++) {
            List<TimeWindow> unavailable = random.nextDouble() < scale.unavailableShare()
                    ? List.of(window(slots, random)) : List.of();
            Integer max = random.nextDouble() < scale.maxMeetingsShare() ? 6 + random.nextInt(6) : null;
            buyers.add(new BuyerData(String.format("B%03d", i), "Buyer " + i, "Achats", "Contact " + i,
                    "buyer" + i + "@example.org", List.of(), unavailable, max, null));
        }
        List<StructureData> structures = new ArrayList<>();
        for (int i = 1; i <= scale.structures(); i++) {
            List<TimeWindow> unavailable = random.nextDouble() < scale.unavailableShare()
                    ? List.of(window(slots, random)) : List.of();
            int representatives = random.nextDouble() < scale.twoRepresentativesShare() ? 2 : 1;
            Integer max = random.nextDouble() < scale.maxMeetingsShare() ? 2 + random.nextInt(3) : null;
            PitchInfo pitch = i <= scale.selectedPitches() ? new PitchInfo(PitchStatus.SELECTED, i) : null;
            structures.add(new StructureData(String.format("S%03d", i), "Structure " + i, LegalForm.SCOP,
                    "00000000000000", "93", "sector", "Contact " + i, "s" + i + "@example.org", representatives,
                    unavailable, max, pitch));
        }
        // Buyers are not equally popular: a skewed pick makes the popular ones' slots scarce.
        double[] popularity = new double[scale.buyers()];
        double total = 0;
        for (int i = 0; i < popularity.length; i++) {
            popularity[i] = 1.0 / Math.pow(i + 1, 0.6);
            total += popularity[i];
        }
        List<RequestData> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int structureIndex = 0;
        while (requests.size() < scale.requests()) {
            // Every structure asks at least once, then requests fall at random.
            StructureData structure = structureIndex < structures.size() ? structures.get(structureIndex++)
                    : structures.get(random.nextInt(structures.size()));
            BuyerData buyer = buyers.get(pick(popularity, total, random));
            boolean fromStructure = random.nextDouble() < 0.75;
            String from = fromStructure ? structure.ref() : buyer.ref();
            String to = fromStructure ? buyer.ref() : structure.ref();
            if (!seen.add(from + ">" + to)) {
                continue;
            }
            double p = random.nextDouble();
            int priority = p < 0.45 ? 1 : p < 0.75 ? 2 : 3;
            double s = random.nextDouble();
            RequestStatus status = s < 0.70 ? RequestStatus.ACCEPTED : s < 0.95 ? RequestStatus.PENDING
                    : RequestStatus.DECLINED;
            requests.add(new RequestData(from, to, priority, status));
        }
        List<BookingData> bookings = new ArrayList<>();
        Set<String> bookedBuyerSlots = new HashSet<>();
        Set<String> bookedStructures = new HashSet<>();
        for (RequestData request : requests) {
            if (bookings.size() >= scale.bookings()) {
                break;
            }
            if (request.status() == RequestStatus.DECLINED || random.nextDouble() < 0.8) {
                continue;
            }
            String buyer = request.from().startsWith("B") ? request.from() : request.to();
            String structure = request.from().startsWith("S") ? request.from() : request.to();
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (bookedStructures.contains(structure) || !bookedBuyerSlots.add(buyer + "@" + slot.index())
                    || !available(buyers, structures, buyer, structure, slot)) {
                continue;
            }
            bookedStructures.add(structure);
            bookings.add(new BookingData(buyer, structure, slot.date(), slot.start()));
        }
        EventInfo info = new EventInfo("bench-" + seed, scale.name(), "benchmark", "venue", DATE,
                ZoneId.of("Europe/Paris"), scale.selectedPitches(), scale.tables(), scale.programme());
        return new EventSnapshot(info, buyers, structures, requests, bookings);
    }

    private static boolean available(List<BuyerData> buyers, List<StructureData> structures, String buyerRef,
                                     String structureRef, Slot slot) {
        BuyerData buyer = buyers.stream().filter(b -> b.ref().equals(buyerRef)).findFirst().orElseThrow();
        StructureData structure = structures.stream().filter(s -> s.ref().equals(structureRef)).findFirst()
                .orElseThrow();
        return buyer.unavailable().stream().noneMatch(slot::overlaps)
                && structure.unavailable().stream().noneMatch(slot::overlaps) && structure.pitch() == null;
    }

    private static int pick(double[] weights, double total, Random random) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A 30 to 60 minute unavailability starting on a slot boundary. */
    private static TimeWindow window(List<Slot> slots, Random random) {
        Slot start = slots.get(random.nextInt(slots.size()));
        LocalTime end = start.start().plusMinutes(30 + 10L * random.nextInt(4));
        return new TimeWindow(start.date(), start.start(), end);
    }
}
