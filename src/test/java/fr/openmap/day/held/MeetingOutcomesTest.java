package fr.openmap.day.held;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.clock.TestClock;
import fr.openmap.i18n.Language;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Did the meeting take place?" on the example of 17 May 2018 (Paris, UTC+2, meetings from 11 h 00): the rule of
 * the outcome, one's own published meetings only, not before they begin, and a changed answer.
 */
@QuarkusTest
@Tag("persistence")
class MeetingOutcomesTest {

    /** 11 h 30 in Paris: the first slots have begun, not the last ones. */
    static final Instant MID_MORNING = Instant.parse("2018-05-17T09:30:00Z");

    @Inject
    MeetingOutcomes outcomes;
    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void heldIfOneSideSaidSoAndNobodyTheContraryNotHeldTheOtherWayRoundElseUnknown() {
        assertEquals(Outcome.HELD, Outcome.of(true, null));
        assertEquals(Outcome.HELD, Outcome.of(null, true));
        assertEquals(Outcome.HELD, Outcome.of(true, true));
        assertEquals(Outcome.NOT_HELD, Outcome.of(false, null));
        assertEquals(Outcome.NOT_HELD, Outcome.of(false, false));
        assertEquals(Outcome.NO_ANSWER, Outcome.of(null, null));
        assertEquals(Outcome.CONTRADICTORY, Outcome.of(true, false));
        assertEquals(Outcome.CONTRADICTORY, Outcome.of(false, true));
        assertTrue(Outcome.CONTRADICTORY.unknown());
        assertTrue(Outcome.NO_ANSWER.unknown());
        assertFalse(Outcome.HELD.unknown());
    }

    @Test
    void bothSidesAnswersMakeEachSlotsCountsAndTheTotal() {
        long eventId = TestEvents.importExample();
        List<TestTimetables.Meeting> meetings = sent(eventId);
        clock.set(MID_MORNING);
        LocalTime firstSlot = meetings.stream().map(TestTimetables.Meeting::start).min(LocalTime::compareTo).orElseThrow();
        List<TestTimetables.Meeting> first = meetings.stream().filter(m -> m.start().equals(firstSlot)).toList();
        assertTrue(first.size() >= 3, "three meetings in the first slot: " + first);
        TestTimetables.Meeting a = first.get(0);
        TestTimetables.Meeting b = first.get(1);
        TestTimetables.Meeting c = first.get(2);
        outcomes.mark(eventId, a.buyer(), a.structure(), true); // one side says held, the other nothing: held
        outcomes.mark(eventId, b.buyer(), b.structure(), true); // they disagree: unknown
        outcomes.mark(eventId, b.structure(), b.buyer(), false);
        outcomes.mark(eventId, c.structure(), c.buyer(), false); // not held
        outcomes.mark(eventId, c.buyer(), c.structure(), false);

        MeetingOutcomes.Report report = outcomes.report(eventId);
        MeetingOutcomes.SlotOutcomes slot = report.slots().get(0);
        assertEquals(firstSlot, slot.start());
        assertTrue(slot.begun());
        assertEquals(new MeetingOutcomes.Tally(1, 1, first.size() - 3, 1), slot.tally());
        MeetingOutcomes.MeetingOutcome ofB = slot.meetings().stream()
                .filter(m -> m.meeting().pairKey().equals(b.buyer() + "/" + b.structure())).findFirst().orElseThrow();
        assertEquals(Outcome.CONTRADICTORY, ofB.outcome());
        assertEquals(Boolean.TRUE, ofB.buyer().said());
        assertEquals(Boolean.FALSE, ofB.structure().said());
        assertEquals(b.structure(), ofB.structure().ref());
        // every meeting sent is in one slot, and the later slots have not begun
        assertEquals(meetings.size(), report.total().total());
        assertEquals(new MeetingOutcomes.Tally(1, 1, meetings.size() - 3, 1), report.total());
        assertEquals(meetings.stream().map(TestTimetables.Meeting::start).distinct().count(), report.slots().size());
        assertFalse(report.slots().get(report.slots().size() - 1).begun());
    }

    @Test
    void aParticipantMarksOnlyTheMeetingsOfTheAgendaTheyWereSentAndNothingElseIsWritten() {
        long eventId = TestEvents.importExample();
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        clock.set(MID_MORNING);
        TestTimetables.Meeting mine = meetings.get(0);
        // no agenda sent yet: nothing to mark
        NotFoundException none = assertThrows(NotFoundException.class,
                () -> outcomes.mark(eventId, mine.buyer(), mine.structure(), true));
        assertEquals("Aucun agenda ne vous a encore été envoyé\u00a0: il n'y a pas de rendez-vous à marquer.",
                none.text().in(Language.FR));

        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        String stranger = meetings.stream().map(TestTimetables.Meeting::structure)
                .filter(s -> meetings.stream().noneMatch(m -> m.buyer().equals(mine.buyer()) && m.structure().equals(s)))
                .findFirst().orElseThrow();
        NotFoundException notMine = assertThrows(NotFoundException.class,
                () -> outcomes.mark(eventId, mine.buyer(), stranger, true));
        assertEquals("Ce rendez-vous ne figure pas dans l'agenda qui vous a été envoyé.", notMine.text().in(Language.FR));
        // nor a meeting of one's own agenda named from the wrong side, nor another event's
        assertThrows(NotFoundException.class, () -> outcomes.mark(eventId, mine.buyer(), mine.buyer(), true));
        assertThrows(NotFoundException.class, () -> outcomes.mark(TestEvents.importExample(), mine.buyer(), mine.structure(), true));
        assertEquals(Map.of(), outcomes.answersOf(eventId, mine.buyer()));
        assertEquals(0, outcomes.report(eventId).total().held() + outcomes.report(eventId).total().notHeld());
    }

    @Test
    void aMeetingCannotBeMarkedBeforeItBeginsAndAnAnswerMayBeChanged() {
        long eventId = TestEvents.importExample();
        List<TestTimetables.Meeting> meetings = sent(eventId);
        TestTimetables.Meeting last = meetings.stream()
                .max(java.util.Comparator.comparing(TestTimetables.Meeting::start)).orElseThrow();
        clock.set(MID_MORNING);
        assertTrue(last.start().isAfter(LocalTime.of(11, 30)), "the last slot is after 11 h 30: " + last);
        ConflictException early = assertThrows(ConflictException.class,
                () -> outcomes.mark(eventId, last.structure(), last.buyer(), true));
        String frenchStart = last.start().getHour() + " h " + String.format("%02d", last.start().getMinute());
        assertEquals("Ce rendez-vous commence à " + frenchStart + "\u00a0: vous pourrez dire s'il a eu lieu une fois qu'il aura commencé.",
                early.text().in(Language.FR));
        assertEquals(Map.of(), outcomes.answersOf(eventId, last.structure()));

        // at its very start it may be marked; then the answer is changed (a mistake is easy on a phone)
        clock.set(java.time.LocalDate.of(2018, 5, 17).atTime(last.start()).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant());
        outcomes.mark(eventId, last.structure(), last.buyer(), true);
        assertEquals(Map.of(last.buyer(), true), outcomes.answersOf(eventId, last.structure()));
        outcomes.mark(eventId, last.structure(), last.buyer(), false);
        assertEquals(Map.of(last.buyer(), false), outcomes.answersOf(eventId, last.structure()));
        assertEquals(Map.of(), outcomes.answersOf(eventId, last.buyer()), "the other side said nothing");
        MeetingOutcomes.Tally total = outcomes.report(eventId).total();
        assertEquals(1, total.notHeld());
        assertEquals(0, total.held());
    }

    private static List<TestTimetables.Meeting> sent(long eventId) {
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        return meetings;
    }
}
