package fr.openmap.timetable;

import fr.openmap.event.Event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What participants were told: the meetings of the agendas last sent. Implemented by the agenda
 * feature (which sits above the timetable), read when re-planning so that those meetings change only
 * where something has to give.
 */
public interface PublishedMeetings {

    /** One meeting as it was sent: the pair and its slot's start. */
    record Sent(String buyerRef, String structureRef, LocalDate date, LocalTime start) {
    }

    /** Every meeting sent in the event's agendas, each pair once; empty before any agenda was sent. */
    List<Sent> of(Event event);
}
