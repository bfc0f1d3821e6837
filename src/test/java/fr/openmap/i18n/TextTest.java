package fr.openmap.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    private static final String NBSP = "\u00A0";

    @Test
    void frenchGetsANoBreakSpaceBeforeColonSemicolonQuestionAndExclamationMarks() {
        Text text = Text.of("x", "trop long : 500 caractères au plus ; vraiment ? oui !");
        assertEquals("trop long" + NBSP + ": 500 caractères au plus" + NBSP + "; vraiment" + NBSP + "? oui" + NBSP + "!",
                text.in(Language.FR));
    }

    @Test
    void frenchQuotesHoldTheirWordsWithNoBreakSpaces() {
        assertEquals("la table «" + NBSP + "T3" + NBSP + "» est déjà attribuée",
                Text.of("x", "la table « T3 » est déjà attribuée").in(Language.FR));
    }

    @Test
    void signsWithoutASpaceBeforeThemAreLeftAlone() {
        assertEquals("de la forme HH:MM (24 h), p. ex. 09:30", Text.of("x", "de la forme HH:MM (24 h), p. ex. 09:30").in(Language.FR));
    }

    @Test
    void englishIsWrittenAsGiven() {
        Text text = Text.of("is too long: 5 at most; really ?", "est trop long : 5 au plus");
        assertEquals("is too long: 5 at most; really ?", text.in(Language.EN));
        assertEquals("is too long: 5 at most; really ?", text.toString());
    }

    @Test
    void aFrenchLocaleReadsFrenchAndAnyOtherEnglish() {
        Text text = Text.of("is required", "est obligatoire");
        assertEquals("est obligatoire", text.in(Locale.CANADA_FRENCH));
        assertEquals("is required", text.in(Locale.GERMAN));
        assertEquals("is required", text.in(Locale.UK));
    }

    @Test
    void theFirstOfFrenchAndEnglishThatTheCallerListsIsPreferred() {
        assertEquals(Optional.of(Language.FR), Language.preferred(List.of(Locale.forLanguageTag("fr-FR"), Locale.FRENCH)));
        assertEquals(Optional.of(Language.EN), Language.preferred(List.of(Locale.GERMAN, Locale.US, Locale.FRENCH)));
        assertEquals(Optional.empty(), Language.preferred(List.of(Locale.GERMAN, new Locale("*"))));
        assertEquals(Optional.empty(), Language.preferred(List.of()));
    }
}
