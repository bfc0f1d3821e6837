package fr.openmap.validation;

import fr.openmap.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one SIRET rule (API, event file, spreadsheets): 14 digits, Luhn, and La Poste's own check. */
class SiretRuleTest {

    @Test
    void aSiretPassingLuhnIsKeptWithoutItsSpaces() {
        Problems problems = new Problems();
        assertEquals("73282932000074", problems.siret("siret", "732 829 320 00074"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aMistypedDigitFailsTheLuhnCheck() {
        Problems problems = new Problems();
        assertNull(problems.siret("siret", "73282932000075"));
        assertEquals("SIRET '73282932000075' fails the Luhn check (a digit is probably mistyped)",
                problems.list().get(0).message(Language.EN));
    }

    @Test
    void laPosteEstablishmentsPassWhenTheirDigitsAddUpToAMultipleOfFive() {
        Problems problems = new Problems();
        // 3+5+6+4+9+8+3+7 = 45: a La Poste establishment, not Luhn-valid
        assertEquals("35600000049837", problems.siret("siret", "35600000049837"));
        // La Poste's head office passes Luhn (its digits add up to 26)
        assertEquals("35600000000048", problems.siret("siret", "35600000000048"));
        assertTrue(problems.isEmpty(), () -> problems.list().toString());
    }

    @Test
    void laPosteSiretsFailingBothChecksAreRefused() {
        Problems problems = new Problems();
        assertNull(problems.siret("siret", "35600000012345")); // digits add up to 24
        assertEquals(1, problems.list().size());
    }

    @Test
    void theExceptionIsLaPostesOnly() {
        // digits add up to 45 like La Poste's above, but another SIREN: Luhn applies, and fails
        assertTrue(!Problems.validSiretChecksum("35700000049836"));
        assertTrue(Problems.validSiretChecksum("35600000049837"));
    }
}
