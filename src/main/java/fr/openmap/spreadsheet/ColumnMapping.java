package fr.openmap.spreadsheet;

import fr.openmap.i18n.Text;
import fr.openmap.spreadsheet.Columns.Column;
import fr.openmap.validation.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of the file holds which field: guessed from the headers, then changed by the organizer's
 * choices. A column without a field is ignored; a field comes from one column at most.
 */
public record ColumnMapping(Kind kind, List<MappedColumn> columns) {

    /** The column at {@code index} (0-based), its header as written, and its field (null: ignored). */
    public record MappedColumn(int index, String column, String field) {
    }

    /** Each header to the first field it names that no column before it took. */
    public static ColumnMapping guess(Kind kind, List<String> headers) {
        Set<String> taken = new HashSet<>();
        List<MappedColumn> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String field = Columns.of(kind).stream()
                    .filter(c -> !taken.contains(c.field()) && c.matches(header))
                    .map(Column::field).findFirst().orElse(null);
            if (field != null) {
                taken.add(field);
            }
            columns.add(new MappedColumn(i, header, field));
        }
        return new ColumnMapping(kind, List.copyOf(columns));
    }

    /**
     * This mapping with the organizer's choices: header as written → field ({@code ""} or null: ignore the column).
     * A column guessed to a field that a choice gives to another column is ignored. Bad choices are problems.
     */
    public ColumnMapping with(Map<String, String> choices, Problems problems) {
        if (choices == null || choices.isEmpty()) {
            return this;
        }
        Set<String> known = Columns.of(kind).stream().map(Column::field).collect(Collectors.toSet());
        Set<String> headers = columns.stream().map(MappedColumn::column).collect(Collectors.toSet());
        Set<String> chosen = new HashSet<>();
        choices.forEach((header, field) -> {
            if (!headers.contains(header)) {
                problems.add(Locations.MAPPING, Text.of("the file has no column '" + Problems.shown(header) + "'",
                        "le fichier n'a pas de colonne « " + Problems.shown(header) + " »"));
            } else if (field != null && !field.isEmpty() && !known.contains(field)) {
                String expected = String.join(", ", known.stream().sorted().toList());
                problems.add(Locations.MAPPING, Text.of("unknown field '" + Problems.shown(field) + "' for column '"
                                + Problems.shown(header) + "': expected one of " + expected,
                        "champ inconnu « " + Problems.shown(field) + " » pour la colonne « " + Problems.shown(header)
                                + " » : champs possibles " + expected));
            } else if (field != null && !field.isEmpty() && !chosen.add(field)) {
                problems.add(Locations.MAPPING, Text.of("two columns are given the field " + field + ": one at most",
                        "deux colonnes reçoivent le champ " + field + " : une au plus"));
            }
        });
        List<MappedColumn> changed = new ArrayList<>();
        for (MappedColumn c : columns) {
            String field = c.field();
            if (choices.containsKey(c.column())) {
                String choice = choices.get(c.column());
                field = choice == null || choice.isEmpty() || !known.contains(choice) ? null : choice;
            } else if (chosen.contains(field)) {
                field = null;
            }
            changed.add(new MappedColumn(c.index(), c.column(), field));
        }
        return new ColumnMapping(kind, List.copyOf(changed));
    }

    /** The column that holds {@code field}, if any. */
    public Optional<MappedColumn> column(String field) {
        return columns.stream().filter(c -> field.equals(c.field())).findFirst();
    }

    /** The fields the registration requires that no column holds. */
    public List<Column> missingRequired() {
        return Columns.of(kind).stream().filter(Column::required).filter(c -> column(c.field()).isEmpty()).toList();
    }
}
