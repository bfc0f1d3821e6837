package fr.openmap.spreadsheet;

import fr.openmap.i18n.Text;
import fr.openmap.registration.WindowInput;
import fr.openmap.validation.Problems;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of one spreadsheet row by field, as the registration's input expects them: lists and time
 * windows split, whole numbers read, and the damage spreadsheets do repaired (a département that lost its
 * leading zero) or named (a SIRET turned into {@code 1,23457E+13}). Problems found here are located at the
 * cell; the registration's own rules check the values afterwards.
 */
final class Cells {

    /** How list cells separate their items (interests, windows). */
    static final String SEPARATOR = ", ";
    private static final Pattern ITEMS = Pattern.compile("\\s*[,;\\n]\\s*");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:[.,]\\d+)?[eE][+]?\\d+");
    private static final Pattern CODE_IN_BRACKETS = Pattern.compile(".*\\(([^()]+)\\)\\s*");

    private final Table.Row row;
    private final ColumnMapping mapping;
    private final Problems problems;
    private final Set<String> reported = new HashSet<>();

    Cells(Table.Row row, ColumnMapping mapping, Problems problems) {
        this.row = row;
        this.mapping = mapping;
        this.problems = problems;
    }

    int rowNumber() {
        return row.number();
    }

    /** The cell's header as written, or null when no column holds the field. */
    String header(String field) {
        return mapping.column(field).map(ColumnMapping.MappedColumn::column).orElse(null);
    }

    /** Whether a problem of this field was already reported here (the registration's rule need not repeat it). */
    boolean reported(String field) {
        return reported.contains(field);
    }

    /** The cell's text, null when the file has no such column or the cell is blank. */
    String text(String field) {
        return mapping.column(field).map(c -> row.cell(c.index())).filter(v -> !v.isBlank()).orElse(null);
    }

    List<String> list(String field) {
        String value = text(field);
        return value == null ? null : Arrays.stream(ITEMS.split(value)).filter(s -> !s.isBlank()).toList();
    }

    /** A whole number: {@code 3}, or {@code 3.0} as a spreadsheet may write it. */
    Integer integer(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.')).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            refuse(field, Text.of("'" + Problems.shown(value) + "' is not a whole number",
                    "« " + Problems.shown(value) + " » n'est pas un nombre entier"));
            return null;
        }
    }

    /** Time windows {@code 12:00-12:30}, or {@code 2018-05-18 12:00-12:30} on another day, separated by commas. */
    List<WindowInput> windows(String field) {
        List<String> items = list(field);
        if (items == null) {
            return null;
        }
        return WindowInput.typed(items, why -> refuse(field, why));
    }

    /** A SIRET; one that a spreadsheet turned into a number in scientific notation has lost digits. */
    String siret(String field) {
        String value = text(field);
        if (value != null && SCIENTIFIC.matcher(value.replace(" ", "")).matches()) {
            refuse(field, Text.of("'" + Problems.shown(value) + "' is a SIRET that the spreadsheet turned into a number "
                            + "and rounded: format the SIRET column as text, type the 14 digits again and save",
                    "« " + Problems.shown(value) + " » est un SIRET que le tableur a changé en nombre arrondi : "
                            + "mettez la colonne SIRET au format texte, saisissez de nouveau les 14 chiffres et enregistrez"));
            return null;
        }
        return value;
    }

    /** A département; {@code 1} for {@code 01} (a spreadsheet drops leading zeros), {@code 2a} for {@code 2A}. */
    String department(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        return value.matches("\\d") ? "0" + value : value.toUpperCase(Locale.ROOT);
    }

    /** A code such as a legal form in any case, or written out with it in brackets: "Entreprise d'insertion (EI)". */
    String code(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        Matcher bracketed = CODE_IN_BRACKETS.matcher(value);
        return (bracketed.matches() ? bracketed.group(1) : value).strip().toUpperCase(Locale.ROOT);
    }

    String lowerCase(String field) {
        String value = text(field);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private void refuse(String field, Text message) {
        reported.add(field);
        problems.add(Locations.cell(row.number(), header(field)), message);
    }
}
