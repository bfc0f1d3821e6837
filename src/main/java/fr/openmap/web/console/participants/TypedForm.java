package fr.openmap.web.console.participants;

import fr.openmap.i18n.Text;
import fr.openmap.registration.WindowInput;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problem;
import fr.openmap.validation.Problems;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What the buyer and structure forms share: fields as typed (texts, so a wrong value comes back as it was
 * typed) turned into the registration's input. The rules are the registration's ({@code ParticipantFields});
 * only what a form can type and JSON cannot (a word in a number field) is refused here.
 */
final class TypedForm {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern INTEREST_PROBLEM = Pattern.compile("^interests\\[\\d+]$");

    private TypedForm() {
    }

    /** One unavailability as typed; {@code index} numbers the form's fields ({@code unavailable-0-start}). */
    @TemplateData
    public record WindowRow(int index, String date, String start, String end) {

        public String id(String field) {
            return "unavailable-" + index + "-" + field;
        }

        public int number() {
            return index + 1;
        }

        boolean blank() {
            return isBlank(date) && isBlank(start) && isBlank(end);
        }
    }

    /** The windows typed, blank lines left out (so the problems' indexes are the lines shown). */
    static List<WindowRow> windows(List<String> dates, List<String> starts, List<String> ends) {
        int size = Math.max(size(dates), Math.max(size(starts), size(ends)));
        List<WindowRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            WindowRow row = new WindowRow(rows.size(), at(dates, i), at(starts, i), at(ends, i));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return List.copyOf(rows);
    }

    static List<WindowRow> windows(List<WindowInput> windows) {
        return IntStream.range(0, windows == null ? 0 : windows.size()).mapToObj(i -> new WindowRow(i,
                blankIfNull(windows.get(i).date()), windows.get(i).start(), windows.get(i).end())).toList();
    }

    /** The windows typed and two empty lines to type more. */
    static List<WindowRow> withBlankRows(List<WindowRow> rows) {
        List<WindowRow> shown = new ArrayList<>(rows);
        for (int i = 0; i < 2; i++) {
            shown.add(new WindowRow(shown.size(), "", "", ""));
        }
        return shown;
    }

    static List<WindowInput> input(List<WindowRow> rows) {
        return rows.stream().map(r -> new WindowInput(blankToNull(r.start()), blankToNull(r.end()), blankToNull(r.date())))
                .toList();
    }

    /** The ids of the window fields, where their problems are shown. */
    static List<String> windowFieldIds(List<WindowRow> rows) {
        return withBlankRows(rows).stream().flatMap(r -> Arrays.stream(new String[]{r.id("date"), r.id("start"), r.id("end")}))
                .toList();
    }

    /** Interests typed one a line. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A whole number as typed: null when left empty; a problem of {@code field} when it is something else. */
    static Integer number(String field, String typed, List<Problem> problems) {
        if (isBlank(typed)) {
            return null;
        }
        if (WHOLE_NUMBER.matcher(typed.strip()).matches()) {
            return Integer.valueOf(typed.strip());
        }
        problems.add(new Problem(field, Text.of("'" + Problems.shown(typed) + "' is not a whole number",
                "« " + Problems.shown(typed) + " » n'est pas un nombre entier")));
        return null;
    }

    /**
     * The registration's input of a form ({@code input} adds the numbers that are not numbers to the list it is
     * given); with such a number the form is refused, together with every problem the registration's own
     * {@code check} finds in the rest, so that all are shown at once.
     */
    static <I> I checked(Function<List<Problem>, I> input, Consumer<I> check) {
        List<Problem> typed = new ArrayList<>();
        I given = input.apply(typed);
        if (typed.isEmpty()) {
            return given;
        }
        List<Problem> all = new ArrayList<>(typed);
        try {
            check.accept(given);
        } catch (InvalidInputException e) {
            all.addAll(e.problems());
        }
        throw new InvalidInputException(all);
    }

    /** One interest's problem ({@code interests[2]}) belongs to the interests field, one text area. */
    static List<Problem> placed(List<Problem> problems) {
        return problems.stream().map(p -> p.location() != null && INTEREST_PROBLEM.matcher(p.location()).matches()
                ? new Problem("interests", p.text()) : p).toList();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    static String blankIfNull(Object o) {
        return o == null ? "" : o.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static int size(List<String> list) {
        return list == null ? 0 : list.size();
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() && list.get(i) != null ? list.get(i) : "";
    }
}
