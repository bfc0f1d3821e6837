package fr.openmap.timetable;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Structure;
import fr.openmap.spreadsheet.SpreadsheetFile;
import fr.openmap.spreadsheet.SpreadsheetWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The current timetable as a spreadsheet for people (CSV that French Excel opens, or {@code .xlsx}): one row
 * per meeting in time order, with the day, times, table, both sides' names and contacts, and whether it is
 * booked or pinned. French headers and words.
 */
@ApplicationScoped
public class TimetableSpreadsheet {

    static final List<String> HEADERS = List.of("Date", "Début", "Fin", "Table", "Réf. acheteur", "Acheteur", "Service",
            "Contact acheteur", "Courriel acheteur", "Réf. structure", "Structure", "Contact structure",
            "Courriel structure", "Fixé");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    EventService events;

    @Transactional
    public SpreadsheetFile csv(long eventId) {
        Event event = events.require(eventId);
        return new SpreadsheetFile("planning-" + event.slug + ".csv", SpreadsheetWriter.CSV_TYPE, SpreadsheetWriter.csv(rows(event)));
    }

    @Transactional
    public SpreadsheetFile xlsx(long eventId) {
        Event event = events.require(eventId);
        return new SpreadsheetFile("planning-" + event.slug + ".xlsx", SpreadsheetWriter.XLSX_TYPE,
                SpreadsheetWriter.xlsx("Planning", rows(event)));
    }

    private static List<List<String>> rows(Event event) {
        TimetableService.requireSolved(event);
        List<ScheduledMeeting> meetings = ScheduledMeeting.ofEvent(event);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (ScheduledMeeting m : meetings) {
            Buyer b = m.buyer;
            Structure s = m.structure;
            rows.add(List.of(m.date.format(DAY), m.start.format(TIME), m.end.format(TIME), m.table, b.ref,
                    b.organization, nullToEmpty(b.service), b.contactName, b.email, s.ref, s.name, s.contactName, s.email,
                    m.booked ? "réservé" : m.pinned ? "épinglé" : ""));
        }
        return rows;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
