package fr.openmap.day;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.PublishedAgendas;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.clock.TestClock;
import fr.openmap.day.Standby.Candidate;
import fr.openmap.day.Standby.Proposal;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.registration.Participant;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.RequestStatus;
import fr.openmap.timetable.ScheduledMeeting;
import fr.openmap.validation.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The day scenario of issue #15: three participants absent on a rehearsed morning; replacements are proposed only
 * among present, free participants with a request to or from the partner; confirming one tells exactly the two
 * people who now meet, once each, and moves no other meeting.
 */
@QuarkusTest
@Tag("persistence")
class StandbyTest {

    /** 8:00 at the venue on the morning of the example event: every meeting is still to come. */
    static final Instant MORNING = LocalDateTime.of(2018, 5, 17, 8, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();

    @Inject
    CheckIns checkIns;
    @Inject
    Standby standby;
    @Inject
    TestClock clock;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    PublishedAgendas published;

    GreenMail greenMail;

    @BeforeEach
    void morning() {
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        clock.set(MORNING);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A meeting as the test compares timetables: the pair, its slot and table. */
    record Seat(String buyer, String structure, String date, String start, String table) {
    }

    @Test
    void threeAbsentsGetReplacementsAmongPresentFreeRequestingParticipantsAndOnlyTheTwoConcernedAreTold() {
        long eventId = TestEvents.importExample();
        // four meetings per buyer: requested pairs are left without a meeting, room for replacements
        TestTimetables.fill(eventId, Set.of(), 4);
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        assertEquals(30, MailTests.dispatchUntilSent(dispatcher, 30, Instant.now()));
        greenMail = MailTests.greenMail();

        Set<String> absent = Set.of("S02", "S03", "B02");
        for (CheckIns.Arrival a : checkIns.everyone(eventId)) {
            if (!absent.contains(a.ref())) {
                checkIns.markArrived(eventId, a.ref());
            }
        }
        absent.forEach(ref -> checkIns.markAbsent(eventId, ref));

        List<Seat> before = seats(eventId);
        Set<String> expectedFreed = before.stream()
                .flatMap(s -> absent.stream().filter(a -> a.equals(s.buyer()) || a.equals(s.structure()))
                        .map(a -> a + ":" + s.buyer() + "/" + s.structure()))
                .collect(Collectors.toCollection(TreeSet::new));
        List<Proposal> proposals = standby.proposals(eventId);
        assertEquals(expectedFreed, proposals.stream()
                .map(p -> p.freed().absentRef() + ":" + p.freed().buyerRef() + "/" + p.freed().structureRef())
                .collect(Collectors.toCollection(TreeSet::new)), "every meeting of the three absents, and only those");

        Map<String, List<MeetingRequest>> requests = requestsByPair(eventId);
        int withCandidates = 0;
        for (Proposal p : proposals) {
            CheckIns.FreedMeeting f = p.freed();
            if (!p.candidates().isEmpty()) {
                withCandidates++;
            }
            int previousWeight = Integer.MAX_VALUE;
            for (Candidate c : p.candidates()) {
                assertEquals(f.absentRef().charAt(0), c.ref().charAt(0), "the same side as the absent: " + c);
                assertFalse(absent.contains(c.ref()), "present: " + c);
                String pair = f.absentIsBuyer() ? c.ref() + "/" + f.partnerRef() : f.partnerRef() + "/" + c.ref();
                List<MeetingRequest> asked = requests.getOrDefault(pair, List.of());
                assertFalse(asked.isEmpty(), "a request with the partner: " + pair);
                assertTrue(asked.stream().noneMatch(r -> r.status == RequestStatus.DECLINED), "not declined: " + pair);
                assertEquals(asked.stream().mapToInt(r -> 4 - r.priority).sum(), c.weight(), pair);
                assertTrue(before.stream().noneMatch(s -> (s.buyer() + "/" + s.structure()).equals(pair)),
                        "the pair got no meeting: " + pair);
                assertTrue(before.stream().noneMatch(s -> s.start().equals(f.start().toString())
                        && (s.buyer().equals(c.ref()) || s.structure().equals(c.ref()))), "free at that slot: " + c);
                assertTrue(c.weight() <= previousWeight, "the heaviest request first: " + p.candidates());
                previousWeight = c.weight();
            }
        }
        assertTrue(withCandidates > 0, "some freed meeting has a replacement: " + proposals);

        // someone not checked in is never proposed
        Proposal chosen = proposals.stream().filter(p -> !p.candidates().isEmpty()).findFirst().orElseThrow();
        String replacement = chosen.candidates().get(0).ref();
        checkIns.undo(eventId, replacement);
        assertTrue(standby.proposals(eventId).stream().flatMap(p -> p.candidates().stream())
                .noneMatch(c -> c.ref().equals(replacement)), "not arrived, not proposed");
        checkIns.markArrived(eventId, replacement);

        CheckIns.FreedMeeting f = chosen.freed();
        List<String> told = organizer().contentType(ContentType.JSON)
                .body(Map.of("buyer", f.buyerRef(), "structure", f.structureRef(), "replacement", replacement))
                .post("/api/events/" + eventId + "/day/standby")
                .then().statusCode(200).extract().jsonPath().getList("told", String.class);
        assertEquals(new TreeSet<>(List.of(f.partnerRef(), replacement)), new TreeSet<>(told));

        // the timetable changed in that one meeting: the freed pair out, the new one at the same slot
        List<Seat> after = seats(eventId);
        String newBuyer = f.absentIsBuyer() ? replacement : f.buyerRef();
        String newStructure = f.absentIsBuyer() ? f.structureRef() : replacement;
        Seat added = after.stream().filter(s -> s.buyer().equals(newBuyer) && s.structure().equals(newStructure))
                .findFirst().orElseThrow();
        assertEquals(f.start().toString(), added.start());
        List<Seat> others = new ArrayList<>(before);
        others.removeIf(s -> s.buyer().equals(f.buyerRef()) && s.structure().equals(f.structureRef()));
        List<Seat> afterOthers = new ArrayList<>(after);
        afterOthers.remove(added);
        assertEquals(others, afterOthers, "nobody else's meeting moved");

        // one email to each of the two, nobody else
        assertEquals(2, MailTests.dispatchUntilSent(dispatcher, 2, Instant.now()));
        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail);
        assertEquals(Set.of(email(eventId, f.partnerRef()), email(eventId, replacement)), received.keySet());
        String partnerMail = MailTests.text(received.get(email(eventId, f.partnerRef())));
        assertTrue(partnerMail.contains(name(eventId, replacement)), partnerMail);
        assertTrue(partnerMail.contains(name(eventId, f.absentRef())), "the cancelled meeting is named too: " + partnerMail);

        // their agendas as sent (what their personal pages and the printed booklet show) have it at once
        PublishedAgendas.Published sent = published.of(eventId);
        assertTrue(meetsIn(sent, replacement, f.partnerRef()), "the replacement's agenda has the meeting");
        assertTrue(meetsIn(sent, f.partnerRef(), replacement), "the partner's agenda has the meeting");
        assertFalse(meetsIn(sent, f.partnerRef(), f.absentRef()), "and no longer the absent one");
        assertFalse(meetsIn(sent, f.absentRef(), f.partnerRef()), "nor the absent one's record, without an email");

        // the same confirmation again is refused with the reason, nothing written
        assertEquals(409, organizer().contentType(ContentType.JSON)
                .body(Map.of("buyer", f.buyerRef(), "structure", f.structureRef(), "replacement", replacement))
                .post("/api/events/" + eventId + "/day/standby").then().extract().statusCode());
        assertEquals(after, seats(eventId));
    }

    @Test
    void everyoneNotCheckedInIsMarkedAbsentFromAChosenTimeOnlyWhenTheCountConfirmedStillHolds() {
        long eventId = TestEvents.importExample();
        TestTimetables.fill(eventId, Set.of(), 4);
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        List<CheckIns.Arrival> expected = checkIns.everyone(eventId).stream().filter(a -> a.meetings() > 0).toList();
        expected.subList(3, expected.size()).forEach(a -> checkIns.markArrived(eventId, a.ref()));
        assertEquals(3, checkIns.expectedNotArrived(eventId).size());

        ConflictException stale = assertThrows(ConflictException.class,
                () -> checkIns.markNotArrivedAbsent(eventId, "11:30", 4));
        assertTrue(stale.text().in(fr.openmap.i18n.Language.FR).startsWith("3 participants ne sont pas arrivés"));
        assertTrue(checkIns.everyone(eventId).stream().noneMatch(CheckIns.Arrival::absent), "nothing written");

        assertEquals(3, checkIns.markNotArrivedAbsent(eventId, "11:30", 3).size());
        Set<String> missing = expected.subList(0, 3).stream().map(CheckIns.Arrival::ref).collect(Collectors.toSet());
        List<CheckIns.FreedMeeting> freed = checkIns.freedMeetings(eventId);
        assertTrue(freed.stream().allMatch(m -> missing.contains(m.absentRef()) && !m.start().isBefore(java.time.LocalTime.of(11, 30))),
                "only their meetings from 11:30 on: " + freed);
        long theirsFromHalfPast = seats(eventId).stream()
                .filter(s -> s.start().compareTo("11:30") >= 0)
                .mapToLong(s -> (missing.contains(s.buyer()) ? 1 : 0) + (missing.contains(s.structure()) ? 1 : 0)).sum();
        assertEquals(theirsFromHalfPast, freed.size());
    }

    private static List<Seat> seats(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ScheduledMeeting.<ScheduledMeeting>list(
                        "event.id = ?1 order by date, start, table", eventId).stream()
                .map(m -> new Seat(m.buyer.ref, m.structure.ref, m.date.toString(), m.start.toString(), m.table))
                .toList());
    }

    private static Map<String, List<MeetingRequest>> requestsByPair(long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<MeetingRequest>> byPair = new HashMap<>();
            MeetingRequest.<MeetingRequest>list("event.id", eventId)
                    .forEach(r -> byPair.computeIfAbsent(r.buyer.ref + "/" + r.structure.ref, k -> new ArrayList<>()).add(r));
            return byPair;
        });
    }

    private Participant participant(long eventId, String ref) {
        return published.of(eventId).everyone().get(ref);
    }

    private String email(long eventId, String ref) {
        return participant(eventId, ref).email;
    }

    /** The name an agenda gives the other side: the buyer's organization, the structure's name. */
    private String name(long eventId, String ref) {
        Participant p = participant(eventId, ref);
        return p instanceof fr.openmap.registration.Buyer b ? b.organization : ((fr.openmap.registration.Structure) p).name;
    }

    private static boolean meetsIn(PublishedAgendas.Published sent, String ref, String other) {
        Set<String> refs = new HashSet<>();
        sent.sheets().stream().filter(s -> s.participant().ref.equals(ref)).findFirst().orElseThrow()
                .agenda().meetings().forEach(m -> {
                    refs.add(m.meeting().buyer());
                    refs.add(m.meeting().structure());
                });
        return refs.contains(other);
    }
}
