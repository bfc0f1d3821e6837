package fr.openmap.spreadsheet;

import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.StructureInput;
import fr.openmap.registration.WindowInput;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A spreadsheet row and a participant, both ways: a row becomes the registration's input (one method per
 * kind, the only place that knows that input type), and a participant as the API shows it becomes a row.
 */
final class ParticipantRows {

    private ParticipantRows() {
    }

    /** The registration's input for a buyer, from one row. */
    static BuyerInput buyer(Cells row) {
        return new BuyerInput(row.text("ref"), row.text("organization"), row.text("service"),
                row.text("contactName"), row.text("email"), row.list("interests"), row.windows("unavailable"),
                row.integer("maxMeetings"), row.text("table"), row.lowerCase("language"));
    }

    /** The registration's input for a structure, from one row. */
    static StructureInput structure(Cells row) {
        String pitchStatus = row.code("pitchStatus");
        Integer pitchRank = row.integer("pitchRank");
        return new StructureInput(row.text("ref"), row.text("name"), row.code("legalForm"), row.siret("siret"),
                row.department("department"), row.text("sector"), row.text("contactName"), row.text("email"),
                row.integer("representatives"), row.windows("unavailable"), row.integer("maxMeetings"),
                pitchStatus == null && pitchRank == null ? null : new StructureInput.PitchInput(pitchStatus, pitchRank),
                row.lowerCase("language"));
    }

    /** A buyer's cells by field, as {@link #buyer} reads them back. */
    static Map<String, String> cells(BuyerInput b) {
        Map<String, String> cells = new HashMap<>();
        cells.put("ref", b.ref());
        cells.put("organization", b.organization());
        cells.put("service", b.service());
        cells.put("contactName", b.contactName());
        cells.put("email", b.email());
        cells.put("interests", b.interests() == null ? null : String.join(Cells.SEPARATOR, b.interests()));
        cells.put("unavailable", windows(b.unavailable()));
        cells.put("maxMeetings", text(b.maxMeetings()));
        cells.put("table", b.table());
        cells.put("language", b.language());
        return cells;
    }

    /** A structure's cells by field, as {@link #structure} reads them back. */
    static Map<String, String> cells(StructureInput s) {
        Map<String, String> cells = new HashMap<>();
        cells.put("ref", s.ref());
        cells.put("name", s.name());
        cells.put("legalForm", s.legalForm());
        cells.put("siret", s.siret());
        cells.put("department", s.department());
        cells.put("sector", s.sector());
        cells.put("contactName", s.contactName());
        cells.put("email", s.email());
        cells.put("representatives", text(s.representatives()));
        cells.put("unavailable", windows(s.unavailable()));
        cells.put("maxMeetings", text(s.maxMeetings()));
        cells.put("pitchStatus", s.pitch() == null ? null : s.pitch().status());
        cells.put("pitchRank", s.pitch() == null ? null : text(s.pitch().rank()));
        cells.put("language", s.language());
        return cells;
    }

    private static String windows(List<WindowInput> windows) {
        if (windows == null) {
            return null;
        }
        return windows.stream()
                .map(w -> (w.date() == null ? "" : w.date() + " ") + w.start() + "-" + w.end())
                .collect(Collectors.joining(Cells.SEPARATOR));
    }

    private static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
