package fr.openmap.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a participant's emails and pages can speak: French (the default) and English.
 * A participant's {@code language} field holds one of the {@link #code} values.
 */
public enum Language {
    FR("fr", Locale.FRENCH),
    EN("en", Locale.ENGLISH);

    public static final Language DEFAULT = FR;
    /** The cookie in which the console and the public pages remember the language a person chose. */
    public static final String COOKIE = "openmap-lang";

    public final String code;
    public final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The language with this code; anything else (null included) is the default, French. */
    public static Language of(String code) {
        return EN.code.equalsIgnoreCase(code) ? EN : DEFAULT;
    }

    /** Whether {@code code} names a language we speak, exactly as stored ("fr" or "en"). */
    public static boolean known(String code) {
        return FR.code.equals(code) || EN.code.equals(code);
    }

    /**
     * The first of French and English among {@code acceptable} (an {@code Accept-Language} header, most
     * wanted first), if the caller names either; a wildcard names neither.
     */
    public static Optional<Language> preferred(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            for (Language language : Language.values()) {
                if (language.code.equals(locale.getLanguage())) {
                    return Optional.of(language);
                }
            }
        }
        return Optional.empty();
    }

    public boolean english() {
        return this == EN;
    }

    /** The words of this Qute message bundle (French by default, its {@code @Localized("en")} version) in this language. */
    public <T> T messages(Class<T> bundle) {
        return english() ? MessageBundles.get(bundle, Localized.Literal.of(EN.code)) : MessageBundles.get(bundle);
    }
}
