package fr.openmap.spreadsheet;

import java.util.List;

/** A spreadsheet as read: the header row as written, then the non-blank rows with their row numbers (header = 1). */
public record Table(String format, List<String> headers, List<Row> rows) {

    /** One row: its number in the spreadsheet and its cells as text, stripped ("" when empty). */
    public record Row(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
