package fr.openmap.spreadsheet;

/** Where a problem of a spreadsheet is, as a person finds it in the file: {@code row 3, SIRET}. */
final class Locations {

    /** Problems of the organizer's column choices. */
    static final String MAPPING = "mapping";

    private Locations() {
    }

    static String row(int row) {
        return "row " + row;
    }

    /** A cell: its row number (header = 1) and its column's header as written in the file. */
    static String cell(int row, String header) {
        return row(row) + ", " + header;
    }
}
