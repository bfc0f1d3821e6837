package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.event.Slot;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import fr.openmap.registration.Unavailability;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.timetable.ScheduledMeeting;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for the solver in mail tests: writes a deterministic, valid timetable for an imported
 * event (greedy, first slot that fits), and changes it the way a re-plan would.
 */
public final class TestTimetables {

    /** A meeting as the tests see it. */
    public record Meeting(String buyer, String structure, LocalTime start, LocalTime end, String table) {
    }

    private TestTimetables() {
    }

    /**
     * Replaces the event's timetable: every pair with a request and no DECLINED answer, best
     * weight first (each structure's best pair in a first pass, so all get one if they can), at
     * the first slot where the buyer is free, the structure has a free representative and
     * neither is unavailable. Each buyer keeps its own table. Structures in {@code leaveOut} get
     * no meeting.
     */
    public static List<Meeting> fill(long eventId, Set<String> leaveOut) {
        return fill(eventId, leaveOut, Integer.MAX_VALUE);
    }

    /** As {@link #fill(long, Set)}, with at most {@code perBuyer} meetings per buyer (leaves room to move meetings). */
    public static List<Meeting> fill(long eventId, Set<String> leaveOut, int perBuyer) {
        QuarkusTransaction.requiringNew().run(() -> {
            Event event = Event.findById(eventId);
            ScheduledMeeting.delete("event", event);
            List<Slot> slots = event.slots();
            List<Buyer> buyers = Buyer.list("event = ?1 order by ref", event);
            Map<Long, String> tables = new HashMap<>();
            for (int i = 0; i < buyers.size(); i++) {
                Buyer b = buyers.get(i);
                tables.put(b.id, b.table != null ? b.table : String.valueOf(i + 1));
            }
            Map<String, List<MeetingRequest>> byPair = new LinkedHashMap<>();
            for (MeetingRequest r : MeetingRequest.<MeetingRequest>list("event", event)) {
                byPair.computeIfAbsent(r.buyer.ref + "/" + r.structure.ref, k -> new ArrayList<>()).add(r);
            }
            List<List<MeetingRequest>> pairs = byPair.values().stream()
                    .filter(rs -> rs.stream().noneMatch(r -> r.status == RequestStatus.DECLINED))
                    .filter(rs -> !leaveOut.contains(rs.get(0).structure.ref))
                    .sorted(Comparator.comparingInt((List<MeetingRequest> rs) -> -rs.stream().mapToInt(r -> 4 - r.priority).sum())
                            .thenComparing(rs -> rs.get(0).buyer.ref).thenComparing(rs -> rs.get(0).structure.ref))
                    .toList();
            Set<String> placed = new HashSet<>();
            Set<String> served = new HashSet<>();
            Map<String, Integer> busy = new HashMap<>(); // ref + slot index -> meetings at that slot
            Map<String, Integer> count = new HashMap<>();
            for (int pass = 0; pass < 2; pass++) {
                for (List<MeetingRequest> rs : pairs) {
                    Buyer b = rs.get(0).buyer;
                    Structure s = rs.get(0).structure;
                    String key = b.ref + "/" + s.ref;
                    if (placed.contains(key) || (pass == 0 && served.contains(s.ref))) {
                        continue;
                    }
                    if (full(b.maxMeetings, count.get(b.ref)) || full(perBuyer, count.get(b.ref)) || full(s.maxMeetings, count.get(s.ref))) {
                        continue;
                    }
                    for (Slot slot : slots) {
                        if (busy.getOrDefault(b.ref + "@" + slot.index(), 0) > 0
                                || busy.getOrDefault(s.ref + "@" + slot.index(), 0) >= s.representatives
                                || unavailable(b.unavailable, slot) || unavailable(s.unavailable, slot)) {
                            continue;
                        }
                        ScheduledMeeting m = new ScheduledMeeting();
                        m.event = event;
                        m.buyer = b;
                        m.structure = s;
                        m.date = slot.date();
                        m.start = slot.start();
                        m.end = slot.end();
                        m.table = tables.get(b.id);
                        m.persist();
                        placed.add(key);
                        served.add(s.ref);
                        busy.merge(b.ref + "@" + slot.index(), 1, Integer::sum);
                        busy.merge(s.ref + "@" + slot.index(), 1, Integer::sum);
                        count.merge(b.ref, 1, Integer::sum);
                        count.merge(s.ref, 1, Integer::sum);
                        break;
                    }
                }
            }
        });
        return meetings(eventId);
    }

    public static List<Meeting> meetings(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ScheduledMeeting.ofEvent(Event.findById(eventId)).stream()
                .map(m -> new Meeting(m.buyer.ref, m.structure.ref, m.start, m.end, m.table)).toList());
    }

    /** Moves a pair's meeting to another slot (same table), as a re-plan would. */
    public static void move(long eventId, String buyer, String structure, LocalTime start, LocalTime end) {
        QuarkusTransaction.requiringNew().run(() -> {
            ScheduledMeeting m = find(eventId, buyer, structure);
            m.start = start;
            m.end = end;
        });
    }

    public static void remove(long eventId, String buyer, String structure) {
        QuarkusTransaction.requiringNew().run(() -> find(eventId, buyer, structure).delete());
    }

    public static void setLanguage(long eventId, String ref, String language) {
        QuarkusTransaction.requiringNew().run(() -> {
            Buyer.update("language = ?1 where event.id = ?2 and ref = ?3", language, eventId, ref);
            Structure.update("language = ?1 where event.id = ?2 and ref = ?3", language, eventId, ref);
        });
    }

    private static ScheduledMeeting find(long eventId, String buyer, String structure) {
        return ScheduledMeeting.<ScheduledMeeting>find("event.id = ?1 and buyer.ref = ?2 and structure.ref = ?3",
                eventId, buyer, structure).singleResult();
    }

    private static boolean full(Integer max, Integer count) {
        return max != null && count != null && count >= max;
    }

    private static boolean unavailable(List<Unavailability> windows, Slot slot) {
        return windows.stream().anyMatch(w -> slot.overlaps(w.toWindow()));
    }
}
