package fr.openmap.web.console.participants;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A search typed in a participant list: every word must appear in one of the texts, accents and capitals aside. */
final class Search {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String[] words;

    private Search(String[] words) {
        this.words = words;
    }

    static Search of(String typed) {
        String folded = fold(typed);
        return new Search(folded.isEmpty() ? new String[0] : SPACES.split(folded));
    }

    /** True when each word of the search is in one of these texts ("hélène" finds "Helene SIMON"). */
    boolean matches(String... texts) {
        if (words.length == 0) {
            return true;
        }
        String all = String.join(" ", Arrays.stream(texts).filter(Objects::nonNull).map(Search::fold).toList());
        return Arrays.stream(words).allMatch(all::contains);
    }

    /** Lower case without accents ("Élodie Cœur" → "elodie coeur"). */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
                .replace("Æ", "AE"), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
