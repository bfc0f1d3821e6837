package fr.openmap.validation;

import fr.openmap.i18n.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of one input instead of stopping at the first, and holds the field
 * rules shared by the event file and the registration API (one place for each rule).
 */
public final class Problems {

    private static final Pattern REF = Pattern.compile(Limits.REF_PATTERN);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2[AB]|97\\d");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The most common problem, one wording for every site. */
    public static final Text REQUIRED = Text.of("is required", "est obligatoire");
    public static final Text EMPTY = Text.of("is empty", "est vide");

    private final List<Problem> list = new ArrayList<>();

    public void add(String location, Text text) {
        list.add(new Problem(location, text));
    }


    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws an {@link InvalidInputException} holding every problem, if there is any. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(list);
        }
    }

    /** A required one-line text of at most {@code max} characters, stripped; control characters refused. */
    public String requiredText(String location, String value, int max) {
        if (value == null || value.isBlank()) {
            add(location, REQUIRED);
            return null;
        }
        return bounded(location, value.strip(), max, false);
    }

    /** An optional one-line text: null when absent or blank, otherwise as {@link #requiredText}. */
    public String optionalText(String location, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(location, value.strip(), max, false);
    }

    /** An optional text that may hold several lines: null when absent or blank, otherwise as {@link #multilineText}. */
    public String optionalMultilineText(String location, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return bounded(location, value.strip(), max, true);
    }

    /** A required text that may hold several lines (newlines and tabs allowed, other control characters not). */
    public String multilineText(String location, String value, int max) {
        if (value == null || value.isBlank()) {
            add(location, REQUIRED);
            return null;
        }
        return bounded(location, value.strip(), max, true);
    }

    /** A participant's ref: {@value Limits#REF_PATTERN}. */
    public String ref(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, REQUIRED);
            return null;
        }
        String ref = value.strip();
        if (!REF.matcher(ref).matches()) {
            add(location, Text.of("'" + shown(value) + "' is not a valid ref: 1 to " + Limits.REF
                    + " letters, digits, '-' or '_'", "« " + shown(value) + " » n'est pas une ref valide : de 1 à "
                    + Limits.REF + " lettres, chiffres, « - » ou « _ »"));
            return null;
        }
        return ref;
    }

    private String bounded(String location, String text, int max, boolean multiline) {
        if (text.length() > max) {
            add(location, Text.of("is too long: " + max + " characters at most (got " + text.length() + ")",
                    "est trop long : " + max + " caractères au plus (" + text.length() + " reçus)"));
            return null;
        }
        Text bad = unprintable(text, multiline);
        if (bad != null) {
            add(location, Text.of("contains " + bad.english() + ", which is not allowed in a text",
                    "contient " + bad.french() + ", interdit dans un texte"));
            return null;
        }
        return text;
    }

    /**
     * The first character that no text may hold, described, or null: control characters (NUL...),
     * except newline, carriage return and tab in multi-line texts, and halves of broken surrogate pairs.
     */
    static Text unprintable(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                return Text.of(String.format("the control character U+%04X", (int) c),
                        String.format("le caractère de contrôle U+%04X", (int) c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Text.of(String.format("a broken character (lone surrogate U+%04X)", (int) c),
                        String.format("un caractère brisé (moitié de paire de substitution U+%04X)", (int) c));
            }
        }
        return null;
    }

    /** A value echoed in a message: cut, and without its control characters, so the message stays one clean line. */
    public static String shown(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        StringBuilder out = new StringBuilder();
        cut.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) || Character.isSurrogate((char) cp) ? '?' : cp));
        return out.toString();
    }

    public String slug(String location, String value) {
        String slug = requiredText(location, value, Limits.SLUG);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            add(location, Text.of("'" + shown(value) + "' is not a valid slug: use only lower-case letters, digits and '-'",
                    "« " + shown(value) + " » n'est pas un slug valide : utilisez seulement des lettres minuscules, "
                            + "des chiffres et « - »"));
            return null;
        }
        return slug;
    }

    public String email(String location, String value) {
        String email = requiredText(location, value, Limits.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            add(location, Text.of("'" + shown(value) + "' is not a valid email address",
                    "« " + shown(value) + " » n'est pas une adresse électronique valide"));
            return null;
        }
        return email;
    }

    /** A SIRET is 14 digits whose Luhn checksum is valid (La Poste's establishments have their own check). */
    public String siret(String location, String value) {
        String siret = requiredText(location, value, Limits.LOOKUP);
        if (siret == null) {
            return null;
        }
        siret = siret.replace(" ", "");
        if (!SIRET.matcher(siret).matches()) {
            add(location, Text.of("'" + shown(value) + "' is not a SIRET: it must have exactly 14 digits",
                    "« " + shown(value) + " » n'est pas un SIRET : il compte exactement 14 chiffres"));
            return null;
        }
        if (!validSiretChecksum(siret)) {
            add(location, Text.of("SIRET '" + shown(value) + "' fails the Luhn check (a digit is probably mistyped)",
                    "le SIRET « " + shown(value) + " » ne passe pas le contrôle de Luhn (un chiffre est sans doute mal saisi)"));
            return null;
        }
        return siret;
    }

    public String department(String location, String value) {
        String department = requiredText(location, value, Limits.LOOKUP);
        if (department != null && !DEPARTMENT.matcher(department).matches()) {
            add(location, Text.of("'" + shown(value) + "' is not a French département number (e.g. 75, 93, 2A, 974)",
                    "« " + shown(value) + " » n'est pas un numéro de département français (par exemple 75, 93, 2A, 974)"));
            return null;
        }
        return department;
    }

    public LocalDate date(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, REQUIRED);
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(location, Text.of("'" + shown(value) + "' is not a date of the form YYYY-MM-DD",
                    "« " + shown(value) + " » n'est pas une date de la forme AAAA-MM-JJ"));
            return null;
        }
        return inYears(location, date.getYear()) ? date : null;
    }

    /** Every date the service reads lies in {@value Limits#YEAR_MIN}..{@value Limits#YEAR_MAX}; false (and a problem) if not. */
    public boolean inYears(String location, int year) {
        if (year < Limits.YEAR_MIN || year > Limits.YEAR_MAX) {
            add(location, Text.of("the year " + year + " is out of range: " + Limits.YEAR_MIN + " to " + Limits.YEAR_MAX,
                    "l'année " + year + " est hors limites : de " + Limits.YEAR_MIN + " à " + Limits.YEAR_MAX));
            return false;
        }
        return true;
    }

    public LocalTime time(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, REQUIRED);
            return null;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            add(location, Text.of("'" + shown(value) + "' is not a time of the form HH:MM (24 h)",
                    "« " + shown(value) + " » n'est pas une heure de la forme HH:MM (sur 24 heures)"));
            return null;
        }
    }

    /** Checks that {@code end} comes after {@code start}, both already parsed (nulls are skipped). */
    public void endAfterStart(String location, LocalTime start, LocalTime end) {
        if (start != null && end != null && !end.isAfter(start)) {
            add(location, Text.of("ends at " + end + ", which is not after its start " + start,
                    "finit à " + end + ", ce qui n'est pas après son début à " + start));
        }
    }

    public ZoneId zone(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, REQUIRED);
            return null;
        }
        if (value.length() > Limits.TIMEZONE) {
            add(location, Text.of("is too long: " + Limits.TIMEZONE + " characters at most",
                    "est trop long : " + Limits.TIMEZONE + " caractères au plus"));
            return null;
        }
        try {
            return ZoneId.of(value);
        } catch (RuntimeException e) {
            add(location, Text.of("'" + shown(value) + "' is not an IANA time zone (e.g. Europe/Paris)",
                    "« " + shown(value) + " » n'est pas un fuseau horaire IANA (par exemple Europe/Paris)"));
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String location, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(location, Text.of("is required (one of " + Arrays.toString(type.getEnumConstants()) + ")",
                    "est obligatoire (l'une des valeurs " + Arrays.toString(type.getEnumConstants()) + ")"));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(location, Text.of("unknown value '" + shown(value) + "': expected one of " + Arrays.toString(type.getEnumConstants()),
                    "valeur inconnue « " + shown(value) + " » : les valeurs possibles sont "
                            + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    /** An optional integer that must lie between {@code min} and {@code max} when present. */
    public Integer optionalBetween(String location, Integer value, int min, int max) {
        return value == null ? null : between(location, value, min, max);
    }

    public Integer between(String location, Integer value, int min, int max) {
        if (value == null) {
            add(location, Text.of("is required (" + min + " to " + max + ")", "est obligatoire (de " + min + " à " + max + ")"));
            return null;
        }
        if (value < min || value > max) {
            add(location, Text.of("must be between " + min + " and " + max + " (got " + value + ")",
                    "doit être compris entre " + min + " et " + max + " (valeur reçue : " + value + ")"));
            return null;
        }
        return value;
    }

    /**
     * An optional moment: a date and time with its offset ({@code 2018-05-16T18:00:00+02:00}), or without one
     * ({@code 2018-05-16T18:00}), then read in {@code zone}, the event's time zone. Years 2000 to 2100.
     */
    public Instant moment(String location, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant moment;
        try {
            moment = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                moment = LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                add(location, Text.of("'" + shown(value) + "' is not a date and time of the form YYYY-MM-DDTHH:MM[:SS][+HH:MM]",
                        "« " + shown(value) + " » n'est pas une date et heure de la forme AAAA-MM-JJTHH:MM[:SS][+HH:MM]"));
                return null;
            }
        }
        return inYears(location, moment.atZone(zone).getYear()) ? moment : null;
    }

    /** La Poste's SIREN: all its establishments share it, too many for the Luhn check digit of the NIC. */
    static final String LA_POSTE_SIREN = "356000000";

    /**
     * Whether 14 digits make a SIRET: the Luhn check, except for La Poste's establishments (SIREN
     * {@value #LA_POSTE_SIREN}), whose digits add up to a multiple of 5 instead (its head office passes Luhn).
     */
    static boolean validSiretChecksum(String siret) {
        if (passesLuhn(siret)) {
            return true;
        }
        return siret.startsWith(LA_POSTE_SIREN) && siret.chars().map(c -> c - '0').sum() % 5 == 0;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
