package fr.openmap.overview;

/** How far an event's preparation has gone, each stage after the one before. */
public enum EventPhase {
    /** Participants register and ask for meetings. */
    REGISTRATION_OPEN,
    /** The pitch committee's selection was made. */
    PITCH_SELECTION_MADE,
    /** A timetable of meetings exists. */
    TIMETABLE_BUILT,
    /** Participants were sent their agendas. */
    AGENDAS_SENT
}
