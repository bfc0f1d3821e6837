package fr.openmap.validation;

import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;

/**
 * One thing wrong with some input: where it is ({@code $.buyers[2].email}, {@code email}) and what is wrong,
 * in English and in French. A page shows {@code problem.message(Language.FR)} next to the field named by
 * {@link #location}; the API answers in the caller's language.
 */
public record Problem(String location, Text text) {

    /** What is wrong, in English: for logs and for code that reads it. */
    public String message() {
        return text.english();
    }

    /** What is wrong, in {@code language}. */
    public String message(Language language) {
        return text.in(language);
    }
}
