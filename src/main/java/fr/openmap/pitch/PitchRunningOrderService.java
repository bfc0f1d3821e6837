package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.event.ProgrammeItem;
import fr.openmap.event.ProgrammeKind;
import fr.openmap.i18n.Text;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        PitchPlace.ofEvent(event).forEach(p -> places.put(p.structureId, p.place));
        List<RunningOrder.Pitcher> pitchers = Structure.<Structure>list("event = ?1 and pitchStatus = ?2 order by ref",
                        event, PitchStatus.SELECTED).stream()
                .map(s -> new RunningOrder.Pitcher(s.ref, s.name, places.get(s.id), s.pitchRank))
                .toList();
        Optional<ProgrammeItem> item = pitchesItem(event);
        return RunningOrder.of(pitchers, event.pitchPlaces,
                item.map(i -> i.start).orElse(null), item.map(i -> i.end).orElse(null));
    }

    /** Whether applicants were told (from then on the order holds); organizer. */
    @Transactional
    public boolean told(long eventId) {
        caller.requireOrganizer();
        return PitchNotice.count("event", events.require(eventId)) > 0;
    }

    /**
     * Swaps a selected structure with its neighbour in the running order ({@code -1} earlier, {@code +1} later),
     * while no applicant was told their time (organizer).
     */
    @Transactional
    public List<RunningOrder.Pitch> move(long eventId, String structureRef, int direction) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        if (PitchNotice.count("event", event) > 0) {
            throw new ConflictException(Text.of("applicants were told their pitch times: the running order can no longer change",
                    "les candidats ont été prévenus de leur horaire de pitch : l'ordre de passage ne peut plus changer"));
        }
        freeze(event);
        List<RunningOrder.Pitch> order = of(event);
        int index = -1;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).structureRef().equals(structureRef)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException(Text.of("'" + structureRef + "' is not in the running order",
                    "« " + structureRef + " » ne figure pas dans l'ordre de passage"));
        }
        int other = index + Integer.signum(direction);
        if (direction == 0 || other < 0 || other >= order.size()) {
            throw new ConflictException(Text.of("'" + structureRef + "' is already " + (direction < 0 ? "first" : "last"),
                    "« " + structureRef + " » passe déjà en " + (direction < 0 ? "premier" : "dernier")));
        }
        PitchPlace mine = placeOf(event, structureRef);
        PitchPlace theirs = placeOf(event, order.get(other).structureRef());
        int place = mine.place;
        mine.place = theirs.place;
        theirs.place = place;
        return of(event);
    }

    private static PitchPlace placeOf(Event event, String ref) {
        Structure structure = Structure.<Structure>find("event = ?1 and ref = ?2", event, ref).firstResult();
        return PitchPlace.of(structure).orElseThrow();
    }

    /**
     * Stores the place of every selected structure that holds none yet (imported or set on the structure's
     * form) where the running order shows it now, so that a later change does not move it.
     */
    public void freeze(Event event) {
        Map<String, Structure> selected = new HashMap<>();
        Structure.<Structure>list("event = ?1 and pitchStatus = ?2", event, PitchStatus.SELECTED)
                .forEach(s -> selected.put(s.ref, s));
        for (RunningOrder.Pitch pitch : of(event)) {
            Structure structure = selected.get(pitch.structureRef());
            if (PitchPlace.of(structure).isEmpty()) {
                place(structure, pitch.order());
            }
        }
    }

    /** Gives a structure that just became SELECTED the first free place; one that left SELECTED loses its place. */
    public void keepPlace(Structure structure) {
        Optional<PitchPlace> held = PitchPlace.of(structure);
        if (structure.pitchStatus != PitchStatus.SELECTED) {
            held.ifPresent(PitchPlace::delete);
        } else if (held.isEmpty()) {
            Set<Integer> taken = new HashSet<>();
            PitchPlace.ofEvent(structure.event).forEach(p -> taken.add(p.place));
            place(structure, RunningOrder.lowestFree(taken));
        }
    }

    private static void place(Structure structure, int order) {
        PitchPlace place = new PitchPlace();
        place.structureId = structure.id;
        place.event = structure.event;
        place.place = order;
        place.persist();
    }

    public Optional<RunningOrder.Pitch> of(Structure structure) {
        return of(structure.event).stream().filter(p -> p.structureRef().equals(structure.ref)).findFirst();
    }

    /** The first PITCHES item of the programme, if the event has one. */
    public static Optional<ProgrammeItem> pitchesItem(Event event) {
        return event.programme.stream().filter(i -> i.kind == ProgrammeKind.PITCHES).findFirst();
    }
}
