package fr.openmap.spreadsheet;

import fr.openmap.i18n.Text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a problem of a spreadsheet is, as a person finds it in the file: {@code row 3, SIRET}. */
public final class Locations {

    /** Problems of the organizer's column choices. */
    static final String MAPPING = "mapping";
    private static final Pattern ROW = Pattern.compile("row (\\d+)(?:, (.*))?", Pattern.DOTALL);

    /** A place in the file: a row (header = 1), and the header of a column as written, or null for the whole row. */
    public record Place(int row, String header) {
    }

    private Locations() {
    }

    static String row(int row) {
        return "row " + row;
    }

    /** A cell: its row number (header = 1) and its column's header as written in the file. */
    static String cell(int row, String header) {
        return row(row) + ", " + header;
    }

    /** The row and column a problem's location names, if it names one ({@code mapping} and {@code file} do not). */
    public static Optional<Place> place(String location) {
        Matcher m = location == null ? null : ROW.matcher(location);
        return m != null && m.matches() ? Optional.of(new Place(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** A location as a person reads it: {@code row 3, SIRET} is "ligne 3, SIRET" in French. */
    public static Text described(String location) {
        Optional<Place> place = place(location);
        if (place.isPresent()) {
            String column = place.get().header() == null ? "" : ", " + place.get().header();
            return Text.of("row " + place.get().row() + column, "ligne " + place.get().row() + column);
        }
        if (MAPPING.equals(location)) {
            return Text.of("column mapping", "correspondance des colonnes");
        }
        if (SpreadsheetReader.LOCATION.equals(location)) {
            return Text.of("file", "fichier");
        }
        return Text.english(location == null ? "" : location);
    }
}
