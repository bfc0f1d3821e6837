package fr.openmap.agenda;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads one participant's agenda as it stands in the current timetable, for their personal page. */
@ApplicationScoped
public class ParticipantAgendas {

    @Inject
    EventService events;

    /** The agenda of participant {@code ref}, its words in {@code language} (no personal link: the page is where it leads). */
    @Transactional
    public ParticipantAgenda current(long eventId, String ref, Language language) {
        Event event = events.require(eventId);
        CurrentTimetable timetable = CurrentTimetable.ofOne(event, ref);
        return ParticipantAgenda.of(event, timetable, timetable.participant(ref, eventId), language);
    }
}
