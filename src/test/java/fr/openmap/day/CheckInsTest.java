package fr.openmap.day;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.validation.ConflictException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arrived and absent exclude each other; an absent participant's meetings, and only theirs, are freed. */
@QuarkusTest
@Tag("persistence")
class CheckInsTest {

    @Inject
    CheckIns checkIns;
    @Inject
    fr.openmap.clock.TestClock clock;

    @org.junit.jupiter.api.BeforeEach
    void morningOfTheEvent() {
        clock.set(StandbyTest.MORNING);
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anArrivedParticipantCannotBeMarkedAbsentNorTheOtherWayRound() {
        long eventId = TestEvents.importExample();
        checkIns.markArrived(eventId, "B01");
        ConflictException refused = assertThrows(ConflictException.class, () -> checkIns.markAbsent(eventId, "B01"));
        assertTrue(refused.text().in(fr.openmap.i18n.Language.FR).endsWith("annulez d'abord l'arrivée."));
        checkIns.markAbsent(eventId, "S02");
        assertThrows(ConflictException.class, () -> checkIns.markArrived(eventId, "S02"));
        checkIns.undoAbsent(eventId, "S02");
        assertTrue(checkIns.markArrived(eventId, "S02").arrived());
        assertEquals(2, checkIns.counts(eventId).arrived());
    }

    @Test
    void onlyTheAbsentParticipantsMeetingsAreFreed() {
        long eventId = TestEvents.importExample();
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        checkIns.markAbsent(eventId, "B03");
        checkIns.markAbsent(eventId, "S05");
        long expected = meetings.stream().filter(m -> m.buyer().equals("B03") || m.structure().equals("S05")).count()
                + meetings.stream().filter(m -> m.buyer().equals("B03") && m.structure().equals("S05")).count();
        List<CheckIns.FreedMeeting> freed = checkIns.freedMeetings(eventId);
        assertEquals(expected, freed.size());
        assertTrue(freed.stream().allMatch(f -> f.absentRef().equals("B03") || f.absentRef().equals("S05")), freed.toString());
    }
}
