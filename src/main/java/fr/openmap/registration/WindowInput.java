package fr.openmap.registration;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.openmap.i18n.Text;
import fr.openmap.validation.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time when a participant is not available, as written: "HH:mm" times, a date only when not the event's day. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WindowInput(String start, String end, String date) {

    private static final Pattern WINDOW = Pattern.compile("(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(\\S+?)\\s*[-\u2013]\\s*(\\S+)");

    /**
     * Windows as a person types them in one line (a spreadsheet cell, a form field), already split at the
     * commas: {@code 12:00-12:30}, or {@code 2018-05-18 12:00-12:30} on another day. The times are checked
     * later, with the other fields; {@code refused} hears the sentence for an item that is no window at all.
     */
    public static List<WindowInput> typed(List<String> items, java.util.function.Consumer<Text> refused) {
        List<WindowInput> windows = new ArrayList<>();
        for (String item : items) {
            Matcher m = WINDOW.matcher(item);
            if (!m.matches()) {
                refused.accept(Text.of("'" + Problems.shown(item) + "' is not a time window: write 12:00-12:30, or "
                                + "2018-05-18 12:00-12:30 for another day, several separated by commas",
                        "« " + Problems.shown(item) + " » n'est pas une plage horaire : écrivez 12:00-12:30, ou "
                                + "2018-05-18 12:00-12:30 pour un autre jour, plusieurs séparées par des virgules"));
                return null;
            }
            windows.add(new WindowInput(m.group(2), m.group(3), m.group(1)));
        }
        return windows;
    }
}
