package fr.openmap.validation;

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

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2[AB]|97\\d");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final List<Problem> list = new ArrayList<>();

    public void add(String location, String message) {
        list.add(new Problem(location, message));
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

    public String requiredText(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, "is required");
            return null;
        }
        return value.strip();
    }

    public String slug(String location, String value) {
        String slug = requiredText(location, value);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            add(location, "'" + value + "' is not a valid slug: use only lower-case letters, digits and '-'");
            return null;
        }
        return slug;
    }

    public String email(String location, String value) {
        String email = requiredText(location, value);
        if (email != null && !EMAIL.matcher(email).matches()) {
            add(location, "'" + value + "' is not a valid email address");
            return null;
        }
        return email;
    }

    /** A SIRET is 14 digits whose Luhn checksum is valid. */
    public String siret(String location, String value) {
        String siret = requiredText(location, value);
        if (siret == null) {
            return null;
        }
        siret = siret.replace(" ", "");
        if (!SIRET.matcher(siret).matches()) {
            add(location, "'" + value + "' is not a SIRET: it must have exactly 14 digits");
            return null;
        }
        if (!passesLuhn(siret)) {
            add(location, "SIRET '" + value + "' fails the Luhn check (a digit is probably mistyped)");
            return null;
        }
        return siret;
    }

    public String department(String location, String value) {
        String department = requiredText(location, value);
        if (department != null && !DEPARTMENT.matcher(department).matches()) {
            add(location, "'" + value + "' is not a French département number (e.g. 75, 93, 2A, 974)");
            return null;
        }
        return department;
    }

    public LocalDate date(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, "is required");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(location, "'" + value + "' is not a date of the form YYYY-MM-DD");
            return null;
        }
    }

    public LocalTime time(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, "is required");
            return null;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            add(location, "'" + value + "' is not a time of the form HH:MM (24 h)");
            return null;
        }
    }

    /** Checks that {@code end} comes after {@code start}, both already parsed (nulls are skipped). */
    public void endAfterStart(String location, LocalTime start, LocalTime end) {
        if (start != null && end != null && !end.isAfter(start)) {
            add(location, "ends at " + end + ", which is not after its start " + start);
        }
    }

    public ZoneId zone(String location, String value) {
        if (value == null || value.isBlank()) {
            add(location, "is required");
            return null;
        }
        try {
            return ZoneId.of(value);
        } catch (RuntimeException e) {
            add(location, "'" + value + "' is not an IANA time zone (e.g. Europe/Paris)");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String location, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(location, "is required (one of " + Arrays.toString(type.getEnumConstants()) + ")");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(location, "unknown value '" + value + "': expected one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** An optional integer that must be at least {@code min} when present. */
    public Integer atLeast(String location, Integer value, int min) {
        if (value != null && value < min) {
            add(location, "must be at least " + min + " (got " + value + ")");
            return null;
        }
        return value;
    }

    public Integer between(String location, Integer value, int min, int max) {
        if (value == null) {
            add(location, "is required (" + min + " to " + max + ")");
            return null;
        }
        if (value < min || value > max) {
            add(location, "must be between " + min + " and " + max + " (got " + value + ")");
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
                add(location, "'" + value + "' is not a date and time of the form YYYY-MM-DDTHH:MM[:SS][+HH:MM]");
                return null;
            }
        }
        int year = moment.atZone(zone).getYear();
        if (year < 2000 || year > 2100) {
            add(location, "'" + value + "' is not between the years 2000 and 2100");
            return null;
        }
        return moment;
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
