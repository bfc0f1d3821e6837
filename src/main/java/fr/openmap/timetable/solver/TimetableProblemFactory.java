package fr.openmap.timetable.solver;

import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.event.TimeWindow;
import fr.openmap.registration.BuyerData;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.StructureData;
import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot.BookingData;
import fr.openmap.snapshot.EventSnapshot.RequestData;
import fr.openmap.snapshot.EventSnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Turns an event snapshot into a planning problem: candidate pairs, their possible slots,
 * buyers' tables, pins for bookings and (when re-planning) the slots already sent in agendas.
 */
public final class TimetableProblemFactory {

    private TimetableProblemFactory() {
    }

    /** A fresh plan: only bookings are pinned. */
    public static TimetableSolution build(EventSnapshot snapshot, SchedulingRules rules) {
        return build(snapshot, rules, Map.of(), true);
    }

    /**
     * @param publishedSlotIndexByPair the meetings sent in agendas, as {@link Slot#index()} by pair (-1 for a
     *                                 slot the programme no longer has)
     * @param fresh                    true to ignore them; false to make each one's move or cancellation cost
     *                                 (a score level between served structures and weight) and to start the
     *                                 search from those that still fit, so that agendas change only where
     *                                 something had to give
     */
    public static TimetableSolution build(EventSnapshot snapshot, SchedulingRules rules,
                                          Map<PairKey, Integer> publishedSlotIndexByPair, boolean fresh) {
        return build(snapshot, rules, publishedSlotIndexByPair, fresh, Map.of());
    }

    /**
     * @param pinnedSlotIndexByPair the organizer's hand edits ({@code TimetablePin}), as {@link Slot#index()} by
     *                              pair, -1 for a pair kept out: hard, like bookings (which win over them)
     */
    public static TimetableSolution build(EventSnapshot snapshot, SchedulingRules rules,
                                          Map<PairKey, Integer> publishedSlotIndexByPair, boolean fresh,
                                          Map<PairKey, Integer> pinnedSlotIndexByPair) {
        LocalDate eventDate = snapshot.event().date();
        List<Slot> slots = snapshot.slots();
        snapshot = snapshot.approvedOnly(); // a registration waiting for approval, or refused, is not planned

        List<TimeWindow> pitchWindows = pitchWindows(snapshot.event().programme());

        Map<String, PlannedBuyer> buyers = buildBuyers(snapshot, slots, eventDate);
        Map<String, StructureData> structureData = new LinkedHashMap<>();
        snapshot.structures().stream()
                .sorted(Comparator.comparing(StructureData::ref))
                .forEach(structure -> structureData.put(structure.ref(), structure));

        Map<PairKey, PairDraft> pairs = new TreeMap<>();
        for (RequestData request : orEmpty(snapshot.requests())) {
            boolean fromBuyer = buyers.containsKey(request.from());
            String buyerRef = fromBuyer ? request.from() : request.to();
            String structureRef = fromBuyer ? request.to() : request.from();
            if (!buyers.containsKey(buyerRef) || !structureData.containsKey(structureRef)) {
                throw new IllegalArgumentException("request " + request.from() + " -> " + request.to()
                        + " does not join a known buyer and a known structure");
            }
            PairDraft pair = pairs.computeIfAbsent(new PairKey(buyerRef, structureRef), key -> new PairDraft());
            pair.requested = true;
            if (request.status() == RequestStatus.DECLINED) {
                if (fromBuyer) {
                    pair.declinedByStructure = true;
                } else {
                    pair.declinedByBuyer = true;
                }
            } else {
                pair.weight += 4 - request.priority();
                pair.bestPriority = pair.bestPriority == 0 ? request.priority()
                        : Math.min(pair.bestPriority, request.priority());
            }
        }
        Map<PairKey, Slot> bookedSlots = new HashMap<>();
        for (BookingData booking : orEmpty(snapshot.bookings())) {
            if (!buyers.containsKey(booking.buyer()) || !structureData.containsKey(booking.structure())) {
                throw new IllegalArgumentException("booking " + booking.buyer() + " / " + booking.structure()
                        + " does not join a known buyer and a known structure");
            }
            LocalDate date = booking.date() == null ? eventDate : booking.date();
            Slot slot = Slots.startingAt(slots, date, booking.start()).orElseThrow(() -> new IllegalArgumentException(
                    "booking " + booking.buyer() + " / " + booking.structure() + " at " + date + " "
                            + booking.start() + " does not start a slot"));
            PairKey key = new PairKey(booking.buyer(), booking.structure());
            bookedSlots.put(key, slot);
            pairs.computeIfAbsent(key, k -> new PairDraft());
        }

        List<RequestedPair> requestedPairs = new ArrayList<>();
        Map<String, Integer> candidateCounts = new HashMap<>();
        List<PairKey> candidateKeys = new ArrayList<>();
        pairs.forEach((key, pair) -> {
            if (pair.requested) {
                requestedPairs.add(new RequestedPair(key, pair.weight, pair.bestPriority, pair.declinedByBuyer,
                        pair.declinedByStructure));
            }
            if (bookedSlots.containsKey(key) || (pair.requested && !pair.declinedByBuyer && !pair.declinedByStructure)) {
                candidateKeys.add(key);
                candidateCounts.merge(key.structureRef(), 1, Integer::sum);
            }
        });

        Map<String, PlannedStructure> structures = new LinkedHashMap<>();
        structureData.forEach((ref, data) -> structures.put(ref,
                structure(data, slots, pitchWindows, eventDate, candidateCounts.getOrDefault(ref, 0))));

        List<MeetingAssignment> meetings = new ArrayList<>();
        Map<PairKey, MeetingAssignment> meetingByPair = new HashMap<>();
        for (PairKey key : candidateKeys) {
            PlannedBuyer buyer = buyers.get(key.buyerRef());
            PlannedStructure structure = structures.get(key.structureRef());
            List<Slot> candidateSlots = new ArrayList<>();
            for (Slot slot : slots) {
                if (Occupancy.fitsAlone(buyer, structure, slot)) {
                    candidateSlots.add(slot);
                }
            }
            Slot booked = bookedSlots.get(key);
            if (booked != null && !candidateSlots.contains(booked)) {
                // A booking stays where it is even where a rule says otherwise; the score shows the clash.
                candidateSlots.add(booked);
                candidateSlots.sort(Comparator.comparingInt(Slot::index));
            }
            MeetingAssignment meeting = new MeetingAssignment(buyer, structure, pairs.get(key).weight,
                    List.copyOf(candidateSlots));
            if (booked != null) {
                meeting.pinAt(booked, PinSource.BOOKING);
            }
            meetings.add(meeting);
            meetingByPair.put(key, meeting);
        }

        pinnedSlotIndexByPair.forEach((key, index) -> {
            MeetingAssignment meeting = meetingByPair.get(key);
            if (meeting == null || meeting.isPinned()) {
                return; // no longer a candidate (declined), or booked
            }
            if (index < 0 || index >= slots.size()) {
                meeting.pinAt(null, PinSource.ORGANIZER);
                return;
            }
            Slot slot = slots.get(index);
            if (!meeting.getCandidateSlots().contains(slot)) {
                // kept where the organizer put it even where a rule says otherwise since; the score shows the clash
                List<Slot> widened = new ArrayList<>(meeting.getCandidateSlots());
                widened.add(slot);
                widened.sort(Comparator.comparingInt(Slot::index));
                meeting.widenCandidateSlots(List.copyOf(widened));
            }
            meeting.pinAt(slot, PinSource.ORGANIZER);
        });

        if (!fresh) {
            startFromPublished(publishedSlotIndexByPair, slots, meetings, meetingByPair);
        }

        return new TimetableSolution(snapshot.event().slug(), slots, List.copyOf(buyers.values()),
                List.copyOf(structures.values()), List.copyOf(requestedPairs),
                new TimetableConstraintConfiguration(rules), meetings);
    }

    /**
     * Marks each published meeting that is still a candidate, and places it at its published slot where it
     * still fits next to the bookings and the meetings placed before it: the search starts from what people
     * were told (the construction heuristic only places the others) and may move any of them at a cost.
     */
    private static void startFromPublished(Map<PairKey, Integer> published, List<Slot> slots,
                                           List<MeetingAssignment> meetings,
                                           Map<PairKey, MeetingAssignment> meetingByPair) {
        Occupancy ledger = new Occupancy();
        meetings.stream().filter(m -> m.isPinned() && m.getSlot() != null).forEach(ledger::add);
        published.entrySet().stream()
                .sorted(Map.Entry.<PairKey, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    MeetingAssignment meeting = meetingByPair.get(entry.getKey());
                    if (meeting == null || meeting.isPinned()) {
                        return; // no longer a candidate (declined), or booked: nothing to weigh
                    }
                    int index = entry.getValue() == null ? -1 : entry.getValue();
                    Slot slot = index < 0 || index >= slots.size() ? null : slots.get(index);
                    meeting.publishedAt(slot);
                    if (slot != null && meeting.getCandidateSlots().contains(slot)
                            && ledger.fits(meeting.getBuyer(), meeting.getStructure(), slot)) {
                        meeting.setSlot(slot);
                        ledger.add(meeting);
                    }
                });
    }

    private static Map<String, PlannedBuyer> buildBuyers(EventSnapshot snapshot, List<Slot> slots, LocalDate eventDate) {
        Map<String, String> fixedLabels = new TreeMap<>();
        snapshot.buyers().forEach(buyer -> fixedLabels.put(buyer.ref(), buyer.table()));
        Map<String, String> tables = tables(fixedLabels, snapshot.event().tables());
        Map<String, PlannedBuyer> buyers = new LinkedHashMap<>();
        snapshot.buyers().stream().sorted(Comparator.comparing(BuyerData::ref)).forEach(buyer ->
                buyers.put(buyer.ref(), buyer(buyer, tables.get(buyer.ref()), slots, eventDate)));
        return buyers;
    }

    /**
     * Each buyer's table: its fixed label when it has one, otherwise the next free label of
     * "1".."tables" in ref order; null when no table is left (such a buyer cannot meet anyone).
     *
     * @param fixedLabelByRef every buyer of the event by ref, with its fixed label or null
     */
    public static Map<String, String> tables(Map<String, String> fixedLabelByRef, int tables) {
        Set<String> fixedLabels = new HashSet<>();
        fixedLabelByRef.values().stream().filter(label -> label != null && !label.isBlank()).forEach(fixedLabels::add);
        int freeTables = Math.max(0, tables - fixedLabels.size());
        List<String> freeLabels = IntStream.rangeClosed(1, tables)
                .mapToObj(Integer::toString)
                .filter(label -> !fixedLabels.contains(label))
                .limit(freeTables)
                .toList();
        Map<String, String> tableByRef = new HashMap<>();
        int nextFree = 0;
        for (String ref : new TreeMap<>(fixedLabelByRef).keySet()) {
            String table = fixedLabelByRef.get(ref);
            if (table == null || table.isBlank()) {
                table = nextFree < freeLabels.size() ? freeLabels.get(nextFree++) : null;
            }
            tableByRef.put(ref, table);
        }
        return tableByRef;
    }

    /** A buyer as the solver (and {@link Occupancy}) sees it, at the table {@link #tables} gave it. */
    public static PlannedBuyer buyer(BuyerData buyer, String table, List<Slot> slots, LocalDate eventDate) {
        int max = buyer.maxMeetings() == null ? Integer.MAX_VALUE : buyer.maxMeetings();
        return new PlannedBuyer(buyer.ref(), table, max, slotsOverlapping(slots, buyer.unavailable(), eventDate));
    }

    /**
     * A structure as the solver (and {@link Occupancy}) sees it: a structure whose pitch is SELECTED
     * cannot meet during the PITCHES items of the programme.
     */
    public static PlannedStructure structure(StructureData structure, List<Slot> slots, List<TimeWindow> pitchWindows,
                                             LocalDate eventDate, int candidatePairCount) {
        boolean selected = structure.pitch() != null && structure.pitch().status() == PitchStatus.SELECTED;
        BitSet pitching = selected ? slotsOverlapping(slots, pitchWindows, eventDate) : new BitSet();
        int max = structure.maxMeetings() == null ? Integer.MAX_VALUE : structure.maxMeetings();
        return new PlannedStructure(structure.ref(), Math.max(1, structure.representatives()), max,
                slotsOverlapping(slots, structure.unavailable(), eventDate), pitching, candidatePairCount);
    }

    /** When the pitches run: the programme's PITCHES items. */
    public static List<TimeWindow> pitchWindows(List<ProgrammeItemData> programme) {
        return programme.stream()
                .filter(item -> item.kind() == ProgrammeKind.PITCHES)
                .map(ProgrammeItemData::window)
                .toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static BitSet slotsOverlapping(List<Slot> slots, List<TimeWindow> windows, LocalDate eventDate) {
        BitSet set = new BitSet(slots.size());
        if (windows == null) {
            return set;
        }
        for (TimeWindow window : windows) {
            TimeWindow dated = window.date() == null ? new TimeWindow(eventDate, window.start(), window.end()) : window;
            for (Slot slot : slots) {
                if (slot.overlaps(dated)) {
                    set.set(slot.index());
                }
            }
        }
        return set;
    }

    private static final class PairDraft {
        boolean requested;
        boolean declinedByBuyer;
        boolean declinedByStructure;
        int weight;
        int bestPriority;
    }
}
