package fr.openmap.timetable.solver;

/** Why a meeting is pinned at its slot, if it is. */
public enum PinSource {
    /** Free for the solver to place, move or drop. */
    NONE,
    /** Fixed by hand in the event's bookings. */
    BOOKING,
    /** Placed, pinned or removed by the organizer's hand edit of the timetable (kept out when at no slot). */
    ORGANIZER
}
