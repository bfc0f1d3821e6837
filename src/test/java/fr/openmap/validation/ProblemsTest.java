package fr.openmap.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The field rules every input goes through: lengths, control characters, refs, years, number bounds. */
class ProblemsTest {

    @Test
    void aTextAtItsLimitPassesAndOneCharacterMoreIsRefusedNamingTheField() {
        Problems problems = new Problems();
        assertEquals("a".repeat(500), problems.requiredText("title", "a".repeat(500), Limits.TITLE));
        assertNull(problems.requiredText("title", "a".repeat(501), Limits.TITLE));
        assertEquals(1, problems.list().size());
        assertEquals("title", problems.list().get(0).location());
        assertEquals("is too long: 500 characters at most (got 501)", problems.list().get(0).message());
    }

    @Test
    void controlCharactersAreRefusedExceptNewlinesAndTabsInMultiLineTexts() {
        Problems problems = new Problems();
        assertNull(problems.requiredText("title", "Matinale\u0000", Limits.TITLE));
        assertNull(problems.optionalText("venue", "Paris\u0085", Limits.LONG_TEXT));
        assertNull(problems.requiredText("name", "a\nb", Limits.LONG_TEXT));
        assertEquals("a\nb\tc", problems.multilineText("offer", "a\nb\tc", Limits.PITCH_TEXT));
        assertNull(problems.multilineText("offer", "a\u0000b", Limits.PITCH_TEXT));
        assertNull(problems.requiredText("name", "broken \ud800 pair", Limits.LONG_TEXT));
        assertEquals("café 😀 ok", problems.requiredText("name", "café 😀 ok", Limits.LONG_TEXT));
        assertEquals(java.util.List.of("title", "venue", "name", "offer", "name"),
                problems.list().stream().map(Problem::location).toList());
        assertEquals("contains the control character U+0000, which is not allowed in a text", problems.list().get(0).message());
    }

    @Test
    void refsAreLettersDigitsDashAndUnderscoreUpTo32() {
        Problems problems = new Problems();
        assertEquals("B-01_x", problems.ref("ref", "B-01_x"));
        assertEquals("R".repeat(32), problems.ref("ref", "R".repeat(32)));
        assertNull(problems.ref("ref", "R".repeat(33)));
        assertNull(problems.ref("ref", "../../etc/passwd"));
        assertNull(problems.ref("ref", "é"));
        assertNull(problems.ref("ref", null));
        assertEquals(4, problems.list().size());
    }

    @Test
    void datesOutsideTheYears2000To2100AreRefused() {
        Problems problems = new Problems();
        assertEquals(java.time.LocalDate.of(2000, 1, 1), problems.date("date", "2000-01-01"));
        assertEquals(java.time.LocalDate.of(2100, 12, 31), problems.date("date", "2100-12-31"));
        assertNull(problems.date("date", "1999-12-31"));
        assertNull(problems.date("date", "+999999999-05-17"));
        assertEquals("the year 999999999 is out of range: 2000 to 2100", problems.list().get(1).message());
    }

    @Test
    void numbersOutsideTheirBoundsAreRefused() {
        Problems problems = new Problems();
        assertEquals(240, problems.between("slotMinutes", 240, Limits.SLOT_MINUTES_MIN, Limits.SLOT_MINUTES_MAX));
        assertNull(problems.between("slotMinutes", Integer.MAX_VALUE, Limits.SLOT_MINUTES_MIN, Limits.SLOT_MINUTES_MAX));
        assertNull(problems.optionalBetween("maxMeetings", null, 0, Limits.MAX_MEETINGS_MAX));
        assertNull(problems.optionalBetween("representatives", 21, Limits.REPRESENTATIVES_MIN, Limits.REPRESENTATIVES_MAX));
        assertEquals(java.util.List.of("slotMinutes", "representatives"), problems.list().stream().map(Problem::location).toList());
    }
}
