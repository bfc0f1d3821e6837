package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who pitches when: the selected structures in their places within the event's PITCHES item. */
@ApplicationScoped
public class PitchRunningOrderService {

    @Inject
    EventService events;
    @Inject
    Caller caller;

    /** The running order with its item; every participant of the event may read it. */
    public record Board(ProgrammeItem item, List<RunningOrder.Pitch> pitches) {
    }

    @Transactional
    public Board get(long eventId) {
        caller.requireMemberOf(eventId);
        Event event = events.require(eventId);
        return new Board(pitchesItem(event).orElse(null), of(event));
    }

    /** The running order of every SELECTED structure (imported ones without an application too). */
    public List<RunningOrder.Pitch> of(Event event) {
        Map<Long, Integer> places = new HashMap<>();
        PitchApplication.<PitchApplication>list("event = ?1 and pitchOrder is not null", event)
                .forEach(a -> places.put(a.structure.id, a.pitchOrder));
        List<RunningOrder.Pitcher> pitchers = Structure.<Structure>list("event = ?1 and pitchStatus = ?2 order by ref",
                        event, PitchStatus.SELECTED).stream()
                .map(s -> new RunningOrder.Pitcher(s.ref, s.name, places.get(s.id), s.pitchRank))
                .toList();
        Optional<ProgrammeItem> item = pitchesItem(event);
        return RunningOrder.of(pitchers, event.pitchPlaces,
                item.map(i -> i.start).orElse(null), item.map(i -> i.end).orElse(null));
    }

    public Optional<RunningOrder.Pitch> of(Structure structure) {
        return of(structure.event).stream().filter(p -> p.structureRef().equals(structure.ref)).findFirst();
    }

    /** The first PITCHES item of the programme, if the event has one. */
    public static Optional<ProgrammeItem> pitchesItem(Event event) {
        return event.programme.stream().filter(i -> i.kind == ProgrammeKind.PITCHES).findFirst();
    }
}
