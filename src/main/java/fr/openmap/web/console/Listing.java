package fr.openmap.web.console;

import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * What the console's filtered lists share: the options of a filter, the counts above a list (the tags
 * {@code choice} and {@code counts} show them), reading a filter's value, and a moment as people read it.
 */
public final class Listing {

    private Listing() {
    }

    /** One option of a filter. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** How many items stand at one status ({@code code}), and the address of the list of them. */
    public record Count(String code, String words, long count, String href) {
    }

    /** The constant a filter's value names, whatever its case; null for anything else (no filter). */
    public static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(null);
    }

    /** A filter's typed value, or null when nothing was typed. */
    public static String typed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A moment in a time zone: "jeudi 17 mai 2018 à 9 h 30", "Thursday 17 May 2018 at 09:30"; null stays null. */
    public static String moment(Instant at, ZoneId zone, Language language) {
        if (at == null) {
            return null;
        }
        ZonedDateTime local = at.atZone(zone);
        String date = DateTimeFormats.fullDate(local.toLocalDate(), language);
        String time = DateTimeFormats.shortTime(local.toLocalTime(), language);
        return Text.of(date + " at " + time, date + " à " + time).in(language);
    }
}
