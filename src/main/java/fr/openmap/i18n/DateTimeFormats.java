package fr.openmap.i18n;

import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates and times are written to people, in the template's locale (French unless the
 * template instance was given English): {@code {date.fullDate}} is "jeudi 17 mai 2018" or
 * "Thursday 17 May 2018", {@code {time.shortTime}} is "11 h 00" or "11:00". Qute's own date
 * formatting follows the JVM's locale, not the message locale: hence these extensions.
 */
public final class DateTimeFormats {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    // French typography writes hours as "11 h 00"; English keeps the 24-hour clock
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private DateTimeFormats() {
    }

    @TemplateExtension
    static String fullDate(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return fullDate(date, language(locale));
    }

    @TemplateExtension
    static String fullDate(LocalDateTime dateTime, @TemplateAttribute("locale") Object locale) {
        return fullDate(dateTime.toLocalDate(), language(locale));
    }

    @TemplateExtension
    static String shortTime(LocalTime time, @TemplateAttribute("locale") Object locale) {
        return shortTime(time, language(locale));
    }

    @TemplateExtension
    static String shortTime(LocalDateTime dateTime, @TemplateAttribute("locale") Object locale) {
        return shortTime(dateTime.toLocalTime(), language(locale));
    }

    /** The same formats for Java code that writes to a person outside a template. */
    public static String fullDate(LocalDate date, Language language) {
        return (language.english() ? ENGLISH_DATE : FRENCH_DATE).format(date);
    }

    public static String shortTime(LocalTime time, Language language) {
        return (language.english() ? CLOCK : FRENCH_TIME).format(time);
    }

    /** The template's "locale" attribute (a Locale or a language tag), French when absent. */
    static Language language(Object locale) {
        if (locale instanceof Locale l) {
            return Language.of(l.getLanguage());
        }
        return locale == null ? Language.DEFAULT : Language.of(Locale.forLanguageTag(locale.toString()).getLanguage());
    }
}
