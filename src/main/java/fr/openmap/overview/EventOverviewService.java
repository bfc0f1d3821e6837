package fr.openmap.overview;

import fr.openmap.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures and phase of events, for the console's list and dashboards. It reads every feature's
 * tables and none reads it back, so it sits above them all.
 */
@ApplicationScoped
public class EventOverviewService {

    @Transactional
    public EventFigures figures(long eventId) {
        return figures(List.of(eventId)).getOrDefault(eventId, new EventFigures(0, 0, 0, 0, EventPhase.REGISTRATION_OPEN));
    }

    /** The figures of each of these events, in four counting queries and three phase queries whatever their number. */
    @Transactional
    public Map<Long, EventFigures> figures(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> buyers = countBy("Buyer", "", eventIds);
        Map<Long, Long> structures = countBy("Structure", "", eventIds);
        Map<Long, Long> requests = countBy("MeetingRequest", "", eventIds);
        Map<Long, Long> meetings = countBy("ScheduledMeeting", "", eventIds);
        Map<Long, Long> agendas = countBy("AgendaPublication", "", eventIds);
        Map<Long, Long> selections = countBy("PitchCall", "x.selectedAt is not null and ", eventIds);
        Map<Long, EventFigures> figures = new HashMap<>();
        for (long id : eventIds) {
            EventPhase phase = agendas.containsKey(id) ? EventPhase.AGENDAS_SENT
                    : meetings.containsKey(id) ? EventPhase.TIMETABLE_BUILT
                    : selections.containsKey(id) ? EventPhase.PITCH_SELECTION_MADE
                    : EventPhase.REGISTRATION_OPEN;
            figures.put(id, new EventFigures(buyers.getOrDefault(id, 0L), structures.getOrDefault(id, 0L),
                    requests.getOrDefault(id, 0L), meetings.getOrDefault(id, 0L), phase));
        }
        return figures;
    }

    /** How many rows of this entity (with this extra condition on {@code x}) each of these events has; absent: none. */
    private static Map<Long, Long> countBy(String entity, String condition, List<Long> eventIds) {
        List<Object[]> rows = Event.getEntityManager()
                .createQuery("select x.event.id, count(x) from " + entity + " x where " + condition
                        + "x.event.id in :ids group by x.event.id", Object[].class)
                .setParameter("ids", eventIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1], Long::sum, HashMap::new));
    }

    /** Figures keyed by event, for a list of events. */
    public Map<Long, EventFigures> figuresOf(List<Event> events) {
        return figures(events.stream().map(e -> e.id).toList());
    }

}
