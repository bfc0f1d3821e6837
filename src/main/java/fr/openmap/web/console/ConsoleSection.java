package fr.openmap.web.console;

import java.util.function.Function;

/**
 * The sections of one event in the console, in the order of its navigation: each is a page under
 * {@code /console/events/{id}}. Later sections (timetable, agendas, pitch, the day) are added here.
 */
public enum ConsoleSection {
    DASHBOARD("", ConsoleMessages::sectionDashboard),
    BUYERS("/buyers", ConsoleMessages::sectionBuyers),
    STRUCTURES("/structures", ConsoleMessages::sectionStructures),
    REQUESTS("/requests", ConsoleMessages::sectionRequests),
    PITCH("/pitch", ConsoleMessages::sectionPitch),
    TIMETABLE("/timetable", ConsoleMessages::sectionTimetable),
    AGENDAS("/agendas", ConsoleMessages::sectionAgendas),
    PRINT("/print", ConsoleMessages::sectionPrint),
    DAY("/day", ConsoleMessages::sectionDay),
    OUTBOX("/outbox", ConsoleMessages::sectionOutbox);

    final String path;
    final Function<ConsoleMessages, String> label;

    ConsoleSection(String path, Function<ConsoleMessages, String> label) {
        this.path = path;
        this.label = label;
    }

    /** This section's address for one event. */
    public String href(long eventId) {
        return EventPaths.event(eventId) + path;
    }
}
