package fr.openmap.agenda;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables.Meeting;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.MessageBody;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.outbox.OutboxMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal agendas sent to a real SMTP server (GreenMail): content, calendar file, changes, preview. */
@QuarkusTest
@Tag("persistence")
class AgendaMailTest {

    static final LocalDate DAY = LocalDate.of(2018, 5, 17);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A time as French emails write it: "11 h 00", "8 h 30". */
    static String fr(LocalTime time) {
        return time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    @Inject
    OutboxDispatcher dispatcher;

    GreenMail greenMail;
    long eventId;
    String slug;
    Response imported;
    Map<String, Map<String, Object>> people = new HashMap<>();

    @BeforeEach
    void setUp() {
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        Map<String, Object> file = TestEvents.example();
        TestEvents.list(file, "buyers").forEach(b -> people.put((String) b.get("ref"), b));
        TestEvents.list(file, "structures").forEach(s -> people.put((String) s.get("ref"), s));
        imported = TestEvents.importEvent(file);
        eventId = imported.jsonPath().getLong("id");
        slug = imported.jsonPath().getString("slug");
    }

    private int send() {
        return organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients");
    }

    private String email(String ref) {
        return (String) people.get(ref).get("email");
    }

    private String name(String ref) {
        Map<String, Object> p = people.get(ref);
        return (String) (ref.startsWith("B") ? p.get("organization") : p.get("name"));
    }

    @Test
    void everyParticipantGetsTheirAgendaWithTablesTimesCounterpartsAndACalendarFile() throws Exception {
        List<Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        assertTrue(meetings.size() > 40, "the helper fills a real timetable: " + meetings.size());

        assertEquals(30, send());
        assertEquals(30, dispatcher.dispatchDue(Instant.now()));

        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail); // throws on a duplicate
        assertEquals(30, greenMail.getReceivedMessages().length);
        assertEquals(30, received.size());
        organizer().get("/api/events/" + eventId + "/outbox").then().statusCode(200)
                .body("$", hasSize(30))
                .body("status", everyItem(equalTo("SENT")))
                .body("attempts", everyItem(equalTo(1)))
                .body("kind", everyItem(equalTo("AGENDA")))
                .body("sentAt", everyItem(not(equalTo(null))));

        for (String ref : people.keySet()) {
            MimeMessage mail = received.get(email(ref));
            assertNotNull(mail, "no agenda for " + ref);
            assertEquals("Votre agenda — Openmap ESS — restauration, traiteur, hôtellerie", MailTests.subject(mail));
            String text = MailTests.text(mail);
            String html = MailTests.html(mail);
            assertTrue(text.contains("jeudi 17 mai 2018"), text);
            assertTrue(text.contains("Les Canaux, 6 quai de la Seine, Paris 19e"), text);
            assertTrue(text.contains("8 h 30–9 h 00  Accueil café"), "the programme is listed, French times:\n" + text);
            assertTrue(html.contains("Les Canaux, 6 quai de la Seine, Paris 19e"), html);
            String token = TestEvents.tokenOf(imported, ref);
            String link = "http://localhost:8080/p/" + eventId + "/" + ref + "?token=" + token;
            assertTrue(text.contains(link), "personal link with the token in:\n" + text);
            assertTrue(html.contains(link), html);

            List<Meeting> mine = meetings.stream().filter(m -> m.buyer().equals(ref) || m.structure().equals(ref)).toList();
            int previous = -1;
            for (Meeting m : mine) {
                String other = ref.equals(m.buyer()) ? m.structure() : m.buyer();
                String line = fr(m.start()) + "–" + fr(m.end()) + " | table " + m.table() + " | " + name(other);
                int at = text.indexOf(line);
                assertTrue(at > previous, "meeting line '" + line + "' in time order in:\n" + text);
                previous = at;
                assertTrue(text.contains("Contact : " + people.get(other).get("contactName") + " <" + email(other) + ">"), text);
                assertTrue(html.contains(name(other).replace("&", "&amp;").replace("'", "&#39;")), html);
            }

            Calendar calendar = MailTests.parse(MailTests.ics(mail));
            assertEquals("PUBLISH", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
            assertEquals("Europe/Paris", calendar.getComponents(Component.VTIMEZONE).get(0)
                    .getProperty(Property.TZID).orElseThrow().getValue());
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            assertEquals(mine.size() + 1, events.size(), "one VEVENT per meeting plus the matinale, for " + ref);
            Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(e -> uid(e), e -> e));
            assertTrue(byUid.containsKey(slug + "@openmap-rencontres"));
            for (Meeting m : mine) {
                VEvent event = byUid.get(slug + "-" + m.buyer() + "-" + m.structure() + "@openmap-rencontres");
                assertNotNull(event, "VEVENT for " + m + " in the calendar of " + ref);
                assertEquals(DAY.atTime(m.start()).atZone(PARIS), zoned(event.getProperty(Property.DTSTART).orElseThrow()));
                assertEquals(DAY.atTime(m.end()).atZone(PARIS), zoned(event.getProperty(Property.DTEND).orElseThrow()));
                assertEquals("Europe/Paris", event.getProperty(Property.DTSTART).orElseThrow()
                        .getParameter("TZID").orElseThrow().getValue());
                assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
                assertTrue(event.getProperty(Property.LOCATION).orElseThrow().getValue().endsWith("table " + m.table()));
            }
        }

        // the stored message never holds a personal token: only where it goes, it is put in at send time
        MessageBody stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>find("recipientRef", "B01").<OutboxMessage>firstResult().text());
        assertFalse(stored.head().contains(TestEvents.tokenOf(imported, "B01")));
        assertFalse(stored.tail().contains(TestEvents.tokenOf(imported, "B01")));
        assertTrue(stored.head().endsWith("/p/" + eventId + "/B01?token="), stored.head());
        assertTrue(stored.tail().startsWith("\nCe lien vous est personnel"), stored.tail());
    }

    @Test
    void aStructureWithoutMeetingGetsAKindMessage() {
        TestTimetables.fill(eventId, Set.of("S05"));
        assertEquals(30, send());
        dispatcher.dispatchDue(Instant.now());

        MimeMessage mail = MailTests.byRecipient(greenMail).get(email("S05"));
        String text = MailTests.text(mail);
        assertTrue(text.contains("Nous n'avons malheureusement pas pu vous proposer de rendez-vous bilatéral"), text);
        assertFalse(text.contains("| table "), text);
        assertTrue(MailTests.html(mail).contains("class=\"no-meeting\""));
        List<VEvent> events = MailTests.parse(MailTests.ics(mail)).getComponents(Component.VEVENT);
        assertEquals(1, events.size(), "only the matinale itself");
        // the others still have their meetings
        assertFalse(MailTests.text(MailTests.byRecipient(greenMail).get(email("S07"))).contains("malheureusement"));
    }

    @Test
    void sendingAgainWhenNothingChangedSendsNothing() {
        TestTimetables.fill(eventId, Set.of());
        assertEquals(30, send());
        assertEquals(30, dispatcher.dispatchDue(Instant.now()));
        assertEquals(0, send());
        assertEquals(0, dispatcher.dispatchDue(Instant.now()));
        assertEquals(30, greenMail.getReceivedMessages().length);
        organizer().get("/api/events/" + eventId + "/outbox").then().body("$", hasSize(30));
    }

    @Test
    void afterARePlanOnlyTheParticipantsWhoseMeetingsChangedAreNotified() throws Exception {
        List<Meeting> meetings = TestTimetables.fill(eventId, Set.of(), 4); // leaves buyers free slots
        assertEquals(30, send());
        dispatcher.dispatchDue(Instant.now());
        greenMail.purgeEmailFromAllMailboxes();

        // move a meeting to a slot where both sides are free, then remove one of two other participants
        List<LocalTime> starts = List.of(LocalTime.of(11, 0), LocalTime.of(11, 12), LocalTime.of(11, 24),
                LocalTime.of(11, 36), LocalTime.of(11, 48));
        Meeting moved = null;
        LocalTime newStart = null;
        search:
        for (Meeting m : meetings) {
            for (LocalTime start : starts) {
                boolean buyerFree = meetings.stream().noneMatch(o -> o.buyer().equals(m.buyer()) && o.start().equals(start));
                boolean structureFree = meetings.stream().noneMatch(o -> o.structure().equals(m.structure()) && o.start().equals(start));
                if (buyerFree && structureFree && !m.buyer().equals("B05") && !m.buyer().equals("B08")) {
                    moved = m;
                    newStart = start;
                    break search;
                }
            }
        }
        assertNotNull(moved, "some meeting can move");
        Meeting movedMeeting = moved;
        Meeting removed = meetings.stream().filter(m -> !m.buyer().equals(movedMeeting.buyer())
                && !m.structure().equals(movedMeeting.structure())
                && meetings.stream().filter(o -> o.structure().equals(m.structure())).count() > 1).findFirst().orElseThrow();
        LocalTime newEnd = newStart.plusMinutes(10);
        TestTimetables.move(eventId, moved.buyer(), moved.structure(), newStart, newEnd);
        TestTimetables.remove(eventId, removed.buyer(), removed.structure());

        assertEquals(4, send());
        assertEquals(4, dispatcher.dispatchDue(Instant.now()));
        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail);
        assertEquals(Set.of(email(moved.buyer()), email(moved.structure()), email(removed.buyer()), email(removed.structure())),
                received.keySet());
        organizer().get("/api/events/" + eventId + "/outbox?status=SENT").then()
                .body("findAll { it.kind == 'AGENDA_CHANGED' }.recipient.sort()",
                        equalTo(List.of(moved.buyer(), moved.structure(), removed.buyer(), removed.structure()).stream().sorted().toList()));

        MimeMessage toMovedBuyer = received.get(email(moved.buyer()));
        assertEquals("Votre agenda a changé — Openmap ESS — restauration, traiteur, hôtellerie", MailTests.subject(toMovedBuyer));
        String text = MailTests.text(toMovedBuyer);
        assertTrue(text.contains("Votre agenda a changé"), text);
        assertTrue(text.contains("Rendez-vous déplacé avec " + name(moved.structure()) + " : " + fr(moved.start()) + "–" + fr(moved.end())
                + " table " + moved.table() + " → désormais " + fr(newStart) + "–" + fr(newEnd) + ", table " + moved.table()), text);
        assertTrue(text.contains(fr(newStart) + "–" + fr(newEnd) + " | table " + moved.table() + " | " + name(moved.structure())),
                "the full new agenda follows:\n" + text);
        VEvent movedEvent = eventWithUid(MailTests.ics(toMovedBuyer), moved);
        assertEquals(DAY.atTime(newStart).atZone(PARIS), zoned(movedEvent.getProperty(Property.DTSTART).orElseThrow()));
        assertEquals("1", movedEvent.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        String toRemovedStructure = MailTests.text(received.get(email(removed.structure())));
        assertTrue(toRemovedStructure.contains("Rendez-vous annulé : " + fr(removed.start()) + "–" + fr(removed.end())
                + ", table " + removed.table() + ", avec " + name(removed.buyer())), toRemovedStructure);
        assertFalse(toRemovedStructure.contains(fr(removed.start()) + "–" + fr(removed.end()) + " | table " + removed.table()),
                "the cancelled meeting is no longer in the agenda:\n" + toRemovedStructure);
        VEvent cancelled = eventWithUid(MailTests.ics(received.get(email(removed.structure()))), removed);
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("1", cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue());

        // and nothing more to say after that
        assertEquals(0, send());
    }

    @Test
    void previewRendersWithoutSendingAndEnglishParticipantsGetEnglish() throws Exception {
        TestTimetables.setLanguage(eventId, "B02", "en");
        List<Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        Meeting first = meetings.stream().filter(m -> m.buyer().equals("B02")).findFirst().orElseThrow();

        String html = organizer().get("/api/events/" + eventId + "/agendas/B02/preview").then().statusCode(200)
                .contentType(containsString("text/html")).header("X-OpenMap-Kind", "AGENDA")
                .extract().asString();
        assertTrue(html.contains("Your meetings"), html);
        assertTrue(html.contains("Hello " + people.get("B02").get("contactName") + ","), html);
        assertTrue(html.contains("Thursday 17 May 2018"), html);
        String text = organizer().queryParam("format", "text").get("/api/events/" + eventId + "/agendas/B02/preview")
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();
        assertTrue(text.contains("YOUR MEETINGS"), text);
        assertTrue(text.contains(first.start() + "–" + first.end() + " | table " + first.table() + " | " + name(first.structure())), text);
        assertTrue(text.contains("?token=********"), "a preview never shows the token:\n" + text);
        assertFalse(text.contains(TestEvents.tokenOf(imported, "B02")));

        String french = organizer().queryParam("format", "text").get("/api/events/" + eventId + "/agendas/S07/preview")
                .then().statusCode(200).extract().asString();
        assertTrue(french.contains("VOS RENDEZ-VOUS"), french);
        organizer().queryParam("format", "pdf").get("/api/events/" + eventId + "/agendas/S07/preview").then().statusCode(422);
        organizer().get("/api/events/" + eventId + "/agendas/X99/preview").then().statusCode(404);

        // nothing written, nothing sent
        organizer().get("/api/events/" + eventId + "/outbox").then().body("$", hasSize(0));
        assertEquals(0, dispatcher.dispatchDue(Instant.now()));
        assertEquals(0, greenMail.getReceivedMessages().length);

        // the real thing speaks English to B02 and French to the others
        send();
        dispatcher.dispatchDue(Instant.now());
        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail);
        MimeMessage english = received.get(email("B02"));
        assertEquals("Your agenda — Openmap ESS — restauration, traiteur, hôtellerie", MailTests.subject(english));
        assertTrue(MailTests.text(english).contains("Venue: Les Canaux"), MailTests.text(english));
        VEvent event = eventWithUid(MailTests.ics(english), first);
        assertTrue(event.getProperty(Property.SUMMARY).orElseThrow().getValue().startsWith("Meeting with "));
        assertTrue(MailTests.subject(received.get(email("B01"))).startsWith("Votre agenda"));
    }

    @Test
    void onlyTheOrganizerMaySendOrPreview() {
        String token = TestEvents.tokenOf(imported, "B01");
        TestEvents.participant(token).post("/api/events/" + eventId + "/agendas/send").then().statusCode(403);
        TestEvents.participant(token).get("/api/events/" + eventId + "/agendas/B01/preview").then().statusCode(403);
        TestEvents.participant(token).get("/api/events/" + eventId + "/outbox").then().statusCode(403);
        organizer().post("/api/events/999999/agendas/send").then().statusCode(404);
    }

    private VEvent eventWithUid(String ics, Meeting meeting) {
        String uid = slug + "-" + meeting.buyer() + "-" + meeting.structure() + "@openmap-rencontres";
        List<VEvent> events = MailTests.parse(ics).getComponents(Component.VEVENT);
        return events.stream().filter(e -> uid(e).equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no VEVENT " + uid + " in\n" + ics));
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).orElseThrow().getValue();
    }

    /** The date-time of a DTSTART/DTEND, which must carry its time zone. */
    private static ZonedDateTime zoned(Property property) {
        Temporal date = property instanceof DtStart<?> start ? start.getDate() : ((DtEnd<?>) property).getDate();
        assertTrue(date instanceof ZonedDateTime, "a zoned date-time, not " + date);
        return ((ZonedDateTime) date).withZoneSameInstant(PARIS);
    }
}
