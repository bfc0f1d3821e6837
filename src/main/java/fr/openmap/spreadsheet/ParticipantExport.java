package fr.openmap.spreadsheet;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Writes an event's buyers or structures as a spreadsheet with French headers, every column the import
 * reads, so that the file imports back unchanged (CSV or {@code .xlsx}, see {@link SpreadsheetWriter}).
 */
@ApplicationScoped
public class ParticipantExport {

    public static final String CSV_TYPE = SpreadsheetWriter.CSV_TYPE;
    public static final String XLSX_TYPE = SpreadsheetWriter.XLSX_TYPE;

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;

    @Transactional
    public SpreadsheetFile csv(long eventId, Kind kind) {
        return new SpreadsheetFile(fileName(eventId, kind, "csv"), CSV_TYPE, SpreadsheetWriter.csv(rows(eventId, kind)));
    }

    @Transactional
    public SpreadsheetFile xlsx(long eventId, Kind kind) {
        return new SpreadsheetFile(fileName(eventId, kind, "xlsx"), XLSX_TYPE,
                SpreadsheetWriter.xlsx(kind == Kind.BUYERS ? "Acheteurs" : "Structures", rows(eventId, kind)));
    }

    /** The header row, then one row per participant, in the order of the columns of {@link Columns}. */
    private List<List<String>> rows(long eventId, Kind kind) {
        List<Columns.Column> columns = Columns.of(kind);
        List<Map<String, String>> participants = kind == Kind.BUYERS
                ? registrations.buyers(eventId).stream()
                        .map(b -> ParticipantRows.cells(ParticipantFields.input(b.toData(), b.event.date))).toList()
                : registrations.structures(eventId).stream()
                        .map(s -> ParticipantRows.cells(ParticipantFields.input(s.toData(), s.event.date))).toList();
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(columns.stream().map(Columns.Column::header).toList());
        for (Map<String, String> cells : participants) {
            rows.add(columns.stream().map(c -> cells.get(c.field()) == null ? "" : cells.get(c.field())).toList());
        }
        return rows;
    }

    private String fileName(long eventId, Kind kind, String extension) {
        Event event = events.require(eventId);
        return (kind == Kind.BUYERS ? "acheteurs-" : "structures-") + event.slug + "." + extension;
    }
}
