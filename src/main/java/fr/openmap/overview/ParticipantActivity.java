package fr.openmap.overview;

import fr.openmap.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What each buyer or structure of an event takes part in: its meeting requests, bookings and meetings of the
 * timetable, counted for the console's participant lists and for what a deletion takes with it.
 */
@ApplicationScoped
public class ParticipantActivity {

    /** One participant's requests (asked or asked of them), bookings and scheduled meetings. */
    public record Counts(long requests, long bookings, long meetings) {

        public static final Counts NONE = new Counts(0, 0, 0);
    }

    /** The counts of the event's buyers, by ref; a buyer with none is absent. */
    @Transactional
    public Map<String, Counts> buyers(long eventId) {
        return counts(eventId, "buyer");
    }

    /** The counts of the event's structures, by ref; a structure with none is absent. */
    @Transactional
    public Map<String, Counts> structures(long eventId) {
        return counts(eventId, "structure");
    }

    /** The counts of one buyer or structure (refs are unique within an event). */
    @Transactional
    public Counts of(long eventId, String ref) {
        Counts buyer = buyers(eventId).get(ref);
        return buyer != null ? buyer : structures(eventId).getOrDefault(ref, Counts.NONE);
    }

    private static Map<String, Counts> counts(long eventId, String side) {
        Map<String, Long> requests = countBy("MeetingRequest", side, eventId);
        Map<String, Long> bookings = countBy("Booking", side, eventId);
        Map<String, Long> meetings = countBy("ScheduledMeeting", side, eventId);
        Map<String, Counts> counts = new HashMap<>();
        for (String ref : union(requests, bookings, meetings)) {
            counts.put(ref, new Counts(requests.getOrDefault(ref, 0L), bookings.getOrDefault(ref, 0L),
                    meetings.getOrDefault(ref, 0L)));
        }
        return counts;
    }

    @SafeVarargs
    private static Iterable<String> union(Map<String, Long>... maps) {
        Set<String> refs = new HashSet<>();
        for (Map<String, Long> m : maps) {
            refs.addAll(m.keySet());
        }
        return refs;
    }

    /** Rows of this entity for each ref of one side ({@code buyer} or {@code structure}) of the event. */
    private static Map<String, Long> countBy(String entity, String side, long eventId) {
        Map<String, Long> counts = new HashMap<>();
        Event.getEntityManager()
                .createQuery("select x." + side + ".ref, count(x) from " + entity + " x where x.event.id = :id group by x."
                        + side + ".ref", Object[].class)
                .setParameter("id", eventId).getResultList()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }
}
