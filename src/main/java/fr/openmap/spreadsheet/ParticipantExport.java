package fr.openmap.spreadsheet;

import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes an event's buyers or structures as a spreadsheet with French headers, every column the import
 * reads, so that the file imports back unchanged: CSV the way French Excel opens it ({@code ;}, UTF-8 with
 * BOM, CRLF, quoted when needed) or {@code .xlsx} (every cell text, so SIRETs and départements keep their digits).
 */
@ApplicationScoped
public class ParticipantExport {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;

    /** A file to download: its name, media type and bytes. */
    public record SpreadsheetFile(String name, String mediaType, byte[] content) {
    }

    @Transactional
    public SpreadsheetFile csv(long eventId, Kind kind) {
        List<List<String>> rows = rows(eventId, kind);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            out.write('\uFEFF'); // the BOM tells Excel the file is UTF-8, not the machine's code page
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpreadsheetFile(fileName(eventId, kind, "csv"), CSV_TYPE, bytes.toByteArray());
    }

    @Transactional
    public SpreadsheetFile xlsx(long eventId, Kind kind) {
        List<List<String>> rows = rows(eventId, kind);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "OpenMap Rencontres", "1.0");
            Worksheet sheet = workbook.newWorksheet(kind == Kind.BUYERS ? "Acheteurs" : "Structures");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    if (!row.get(c).isEmpty()) {
                        sheet.value(r, c, row.get(c));
                    }
                }
            }
            sheet.range(0, 0, 0, rows.get(0).size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SpreadsheetFile(fileName(eventId, kind, "xlsx"), XLSX_TYPE, bytes.toByteArray());
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
