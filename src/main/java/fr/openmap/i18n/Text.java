package fr.openmap.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * One sentence shown to a person, in English and in French, written once at the place that says it:
 * {@code Text.of("is required", "est obligatoire")}. Sites write plain spaces; French typography (a
 * no-break space before {@code : ; ? !} and inside {@code « »}) is applied here, on output, in one place.
 */
public record Text(String english, String french) {

    private static final char NO_BREAK_SPACE = '\u00A0';

    public Text {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(french, "french");
    }

    public static Text of(String english, String french) {
        return new Text(english, french);
    }

    /**
     * Words that are not ours to translate (a library's or the JSON parser's message), shown as they
     * are in both languages. Our own sentences are written with {@link #of}.
     */
    public static Text english(String english) {
        return new Text(english, english);
    }

    /** The sentence in {@code language}, French with its typography. */
    public String in(Language language) {
        return language.english() ? english : typeset(french);
    }

    /** French for a French locale, English for any other (English being the common tongue of the rest). */
    public String in(Locale locale) {
        return in(locale != null && Language.FR.code.equals(locale.getLanguage()) ? Language.FR : Language.EN);
    }

    /** English, for logs. */
    @Override
    public String toString() {
        return english;
    }

    /**
     * French typography: the space a site wrote before {@code : ; ? !}, after {@code «} and before
     * {@code »} becomes a no-break space (U+00A0), so a line never starts with the sign. U+00A0 rather
     * than the narrow U+202F before {@code ; ? !}: every font has it, in pages and JSON readers alike.
     */
    static String typeset(String french) {
        StringBuilder out = new StringBuilder(french.length());
        for (int i = 0; i < french.length(); i++) {
            char c = french.charAt(i);
            if (c == ' ' && (i + 1 < french.length() && isBeforeSign(french.charAt(i + 1))
                    || i > 0 && french.charAt(i - 1) == '«')) {
                out.append(NO_BREAK_SPACE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isBeforeSign(char c) {
        return c == ':' || c == ';' || c == '?' || c == '!' || c == '»';
    }
}
