package fr.openmap.web.console;

import fr.openmap.i18n.Language;
import fr.openmap.validation.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The problems of a refused form, each placed next to its field: the one place that turns a
 * {@link Problem}'s location ({@code $.event.programme[2].slotMinutes}) into the id of a form field
 * ({@code programme-2-slotMinutes}) and says its message in the page's language. A problem of no field in the form is listed above it.
 */
public final class FieldProblems {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]\\.?");
    private static final FieldProblems NONE = new FieldProblems(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> elsewhere;

    private FieldProblems(Map<String, String> byField, List<String> elsewhere) {
        this.byField = byField;
        this.elsewhere = elsewhere;
    }

    public static FieldProblems none() {
        return NONE;
    }

    /**
     * Places each problem whose location starts with {@code prefix} ({@code "$.event."}, or "" for
     * plain field names) on the field of that name, if the form has it.
     */
    public static FieldProblems of(List<Problem> problems, String prefix, Predicate<String> formHas, Language language) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (Problem p : problems) {
            String field = field(p.location(), prefix);
            if (field != null && formHas.test(field)) {
                byField.merge(field, p.message(language), (a, b) -> a + " ; " + b);
            } else {
                elsewhere.add(p.message(language));
            }
        }
        return new FieldProblems(byField, elsewhere);
    }

    /** The id of the field a location names: {@code $.event.programme[2].end} → {@code programme-2-end}. */
    static String field(String location, String prefix) {
        if (location == null || !location.startsWith(prefix)) {
            return null;
        }
        String rest = location.substring(prefix.length());
        String id = INDEX.matcher(rest).replaceAll("-$1-");
        return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
    }

    /** The message(s) of this field, or null. */
    public String at(String field) {
        return byField.get(field);
    }

    /** Problems the form has no field for. */
    public List<String> elsewhere() {
        return elsewhere;
    }

    public boolean any() {
        return !byField.isEmpty() || !elsewhere.isEmpty();
    }
}
