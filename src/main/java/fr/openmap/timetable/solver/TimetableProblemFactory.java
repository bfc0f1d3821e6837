package fr.openmap.timetable.solver;

import fr.openmap.event.EventSnapshot;
import fr.openmap.event.EventSnapshot.BookingData;
import fr.openmap.event.EventSnapshot.BuyerData;
import fr.openmap.event.EventSnapshot.RequestData;
import fr.openmap.event.EventSnapshot.StructureData;
import fr.openmap.event.ProgrammeItemData;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.event.Slot;
import fr.openmap.event.Slots;
import fr.openmap.event.TimeWindow;
import fr.openmap.registration.PitchStatus;
import fr.openmap.requests.RequestStatus;

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
 * buyers' tables, and pins for bookings and (when re-planning) for previous meetings that
 * still hold.
 */
public final class TimetableProblemFactory {

    private TimetableProblemFactory() {
    }

    /** A fresh plan: only bookings are pinned. */
    public static TimetableSolution build(EventSnapshot snapshot, SchedulingRules rules) {
        return build(snapshot, rules, Map.of(), true);
    }

    /**
     * @param previousSlotIndexByPair the meetings of the previous run, as {@link Slot#index()} by pair
     * @param fresh                   true to ignore the previous meetings; false to pin every previous
     *                                meeting that is still valid (pair still a candidate, slot still there,
     *                                both still available, no clash with a booking or a cap), so that
     *                                published agendas do not churn and only new room is filled
     */
    public static TimetableSolution build(EventSnapshot snapshot, SchedulingRules rules,
                                          Map<PairKey, Integer> previousSlotIndexByPair, boolean fresh) {
        LocalDate eventDate = snapshot.event().date();
        List<Slot> slots = snapshot.slots();

        List<TimeWindow> pitchWindows = snapshot.event().programme().stream()
                .filter(item -> item.kind() == ProgrammeKind.PITCHES)
                .map(ProgrammeItemData::window)
                .toList();

        Map<String, PlannedBuyer> buyers = buildBuyers(snapshot, slots, eventDate);
        Map<String, PlannedStructureDraft> structureDrafts = new LinkedHashMap<>();
        snapshot.structures().stream()
                .sorted(Comparator.comparing(StructureData::ref))
                .forEach(structure -> structureDrafts.put(structure.ref(),
                        new PlannedStructureDraft(structure, slots, pitchWindows, eventDate)));

        Map<PairKey, PairDraft> pairs = new TreeMap<>();
        for (RequestData request : orEmpty(snapshot.requests())) {
            boolean fromBuyer = buyers.containsKey(request.from());
            String buyerRef = fromBuyer ? request.from() : request.to();
            String structureRef = fromBuyer ? request.to() : request.from();
            if (!buyers.containsKey(buyerRef) || !structureDrafts.containsKey(structureRef)) {
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
            if (!buyers.containsKey(booking.buyer()) || !structureDrafts.containsKey(booking.structure())) {
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
        structureDrafts.forEach((ref, draft) ->
                structures.put(ref, draft.toPlanned(candidateCounts.getOrDefault(ref, 0))));

        List<MeetingAssignment> meetings = new ArrayList<>();
        Map<PairKey, MeetingAssignment> meetingByPair = new HashMap<>();
        for (PairKey key : candidateKeys) {
            PlannedBuyer buyer = buyers.get(key.buyerRef());
            PlannedStructure structure = structures.get(key.structureRef());
            List<Slot> candidateSlots = new ArrayList<>();
            if (buyer.hasTable()) {
                for (Slot slot : slots) {
                    if (!buyer.isUnavailableAt(slot) && !structure.isUnavailableAt(slot)) {
                        candidateSlots.add(slot);
                    }
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

        if (!fresh) {
            pinPreviousMeetings(previousSlotIndexByPair, slots, meetings, meetingByPair);
        }

        return new TimetableSolution(snapshot.event().slug(), slots, List.copyOf(buyers.values()),
                List.copyOf(structures.values()), List.copyOf(requestedPairs),
                new TimetableConstraintConfiguration(rules), meetings);
    }

    private static void pinPreviousMeetings(Map<PairKey, Integer> previous, List<Slot> slots,
                                            List<MeetingAssignment> meetings,
                                            Map<PairKey, MeetingAssignment> meetingByPair) {
        PinLedger ledger = new PinLedger();
        meetings.stream().filter(MeetingAssignment::isPinned).forEach(ledger::add);
        previous.entrySet().stream()
                .sorted(Map.Entry.<PairKey, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    MeetingAssignment meeting = meetingByPair.get(entry.getKey());
                    int index = entry.getValue() == null ? -1 : entry.getValue();
                    if (meeting == null || meeting.isPinned() || index < 0 || index >= slots.size()) {
                        return;
                    }
                    Slot slot = slots.get(index);
                    if (meeting.getCandidateSlots().contains(slot) && ledger.fits(meeting, slot)) {
                        meeting.pinAt(slot, PinSource.PREVIOUS);
                        ledger.add(meeting);
                    }
                });
    }

    private static Map<String, PlannedBuyer> buildBuyers(EventSnapshot snapshot, List<Slot> slots, LocalDate eventDate) {
        List<BuyerData> sorted = snapshot.buyers().stream().sorted(Comparator.comparing(BuyerData::ref)).toList();
        Set<String> fixedLabels = new HashSet<>();
        sorted.stream().map(BuyerData::table).filter(label -> label != null && !label.isBlank())
                .forEach(fixedLabels::add);
        int tables = snapshot.event().tables();
        int freeTables = Math.max(0, tables - fixedLabels.size());
        List<String> freeLabels = IntStream.rangeClosed(1, tables)
                .mapToObj(Integer::toString)
                .filter(label -> !fixedLabels.contains(label))
                .limit(freeTables)
                .toList();
        Map<String, PlannedBuyer> buyers = new LinkedHashMap<>();
        int nextFree = 0;
        for (BuyerData buyer : sorted) {
            String table = buyer.table();
            if (table == null || table.isBlank()) {
                table = nextFree < freeLabels.size() ? freeLabels.get(nextFree++) : null;
            }
            int max = buyer.maxMeetings() == null ? Integer.MAX_VALUE : buyer.maxMeetings();
            buyers.put(buyer.ref(), new PlannedBuyer(buyer.ref(), table, max,
                    slotsOverlapping(slots, buyer.unavailable(), eventDate)));
        }
        return buyers;
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

    private static final class PlannedStructureDraft {
        final StructureData data;
        final BitSet unavailable;
        final BitSet pitching;

        PlannedStructureDraft(StructureData data, List<Slot> slots, List<TimeWindow> pitchWindows, LocalDate eventDate) {
            this.data = data;
            this.unavailable = slotsOverlapping(slots, data.unavailable(), eventDate);
            boolean selected = data.pitch() != null && data.pitch().status() == PitchStatus.SELECTED;
            this.pitching = selected ? slotsOverlapping(slots, pitchWindows, eventDate) : new BitSet();
        }

        PlannedStructure toPlanned(int candidatePairCount) {
            int max = data.maxMeetings() == null ? Integer.MAX_VALUE : data.maxMeetings();
            return new PlannedStructure(data.ref(), Math.max(1, data.representatives()), max, unavailable, pitching,
                    candidatePairCount);
        }
    }

    /** What the pins placed so far take, to keep previous meetings only where they still fit. */
    private static final class PinLedger {
        final Set<String> buyerSlots = new HashSet<>();
        final Map<String, Integer> structureSlotCounts = new HashMap<>();
        final Map<String, Integer> buyerCounts = new HashMap<>();
        final Map<String, Integer> structureCounts = new HashMap<>();

        boolean fits(MeetingAssignment meeting, Slot slot) {
            String buyer = meeting.getBuyer().getRef();
            String structure = meeting.getStructure().getRef();
            return !buyerSlots.contains(buyer + "@" + slot.index())
                    && structureSlotCounts.getOrDefault(structure + "@" + slot.index(), 0)
                    < meeting.getStructure().getRepresentatives()
                    && buyerCounts.getOrDefault(buyer, 0) < meeting.getBuyer().getMaxMeetings()
                    && structureCounts.getOrDefault(structure, 0) < meeting.getStructure().getMaxMeetings();
        }

        void add(MeetingAssignment meeting) {
            String buyer = meeting.getBuyer().getRef();
            String structure = meeting.getStructure().getRef();
            buyerSlots.add(buyer + "@" + meeting.getSlot().index());
            structureSlotCounts.merge(structure + "@" + meeting.getSlot().index(), 1, Integer::sum);
            buyerCounts.merge(buyer, 1, Integer::sum);
            structureCounts.merge(structure, 1, Integer::sum);
        }
    }
}
