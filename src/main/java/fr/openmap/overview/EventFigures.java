package fr.openmap.overview;

/** An event at a glance: how many buyers, structures, requests and scheduled meetings, and its phase. */
public record EventFigures(long buyers, long structures, long requests, long meetings, EventPhase phase) {
}
