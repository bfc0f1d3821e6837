package fr.openmap.day;

import fr.openmap.registration.AccessTokens;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Check-in codes: short, unambiguous, stable for a participant, different between participants, events and secrets. */
class CheckInCodesTest {

    @Test
    void aCodeIsEightUnambiguousCharactersStablePerParticipantAndDifferentForEveryoneElse() {
        CheckInCodes codes = codes("one secret");
        assertEquals(codes.codeOf(1, "B01"), codes("one secret").codeOf(1, "B01"));
        Set<String> seen = new HashSet<>();
        for (long event = 1; event <= 20; event++) {
            for (int i = 1; i <= 30; i++) {
                String code = codes.codeOf(event, "S" + i);
                assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
                seen.add(code);
            }
        }
        assertEquals(600, seen.size());
        assertNotEquals(codes.codeOf(1, "B01"), codes("another secret").codeOf(1, "B01"));
        assertEquals("https://rencontres.example.org/console/events/7/day/check-in/ABC",
                codes.link(7, "ABC"));
    }

    private static CheckInCodes codes(String secret) {
        CheckInCodes codes = new CheckInCodes();
        codes.tokens = new AccessTokens(Optional.of(secret), "target/unused-data");
        codes.publicUrl = "https://rencontres.example.org/";
        return codes;
    }
}
