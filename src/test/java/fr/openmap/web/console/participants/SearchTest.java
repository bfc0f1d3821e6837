package fr.openmap.web.console.participants;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The participant lists' search: accents and capitals aside, every word typed in one of the texts. */
class SearchTest {

    @Test
    void accentsCapitalsAndLigaturesDoNotMatter() {
        assertEquals("helene simon coeur", Search.fold("  Hélène SIMON Cœur "));
        assertTrue(Search.of("HELENE").matches("B07", "Paris 2024", "Hélène Simon"));
        assertTrue(Search.of("planete sésame").matches("Planète Sésame 92"));
        assertTrue(Search.of("oeuvre").matches("Les Œuvres solidaires"));
    }

    @Test
    void everyWordMustBeFoundInOneOfTheTexts() {
        assertTrue(Search.of("martin region").matches("Région Île-de-France", "Claire Martin"));
        assertFalse(Search.of("martin ville").matches("Région Île-de-France", "Claire Martin"));
    }

    @Test
    void nothingTypedFindsEveryoneAndMissingTextsAreSkipped() {
        assertTrue(Search.of("  ").matches("anything"));
        assertTrue(Search.of(null).matches((String) null));
        assertTrue(Search.of("achats").matches("Ville de Paris", null, "Direction des achats"));
    }
}
