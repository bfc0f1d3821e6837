package fr.openmap.spreadsheet;

import fr.openmap.registration.IssuedToken;
import fr.openmap.validation.Problem;

import java.util.List;

/**
 * What an import found and did: the file's format ({@code xlsx}, {@code csv;}, {@code csv,}, {@code csv-tab}),
 * its participant rows, the column mapping used, every problem ({@code row 3, SIRET}), whether anything was
 * written (all rows or none), and the new participants' personal tokens, shown this once.
 */
public record ImportReport(String kind, String format, int rows, List<ColumnMapping.MappedColumn> mapping,
                           List<Problem> problems, boolean written, List<IssuedToken> tokens) {
}
