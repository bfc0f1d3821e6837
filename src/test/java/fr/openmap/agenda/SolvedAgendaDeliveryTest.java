package fr.openmap.agenda;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole way: the example solved by the real solver, then exactly one agenda per participant, once. */
@QuarkusTest
@Tag("persistence")
class SolvedAgendaDeliveryTest {

    @Inject
    OutboxDispatcher dispatcher;

    @Test
    void solvingTheExampleAndSendingDeliversThirtyAgendasWhoseCalendarsMatchTheMeetings() throws Exception {
        MailTests.clearOutbox();
        GreenMail greenMail = MailTests.greenMail();
        Map<String, Object> file = TestEvents.example();
        long eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
        String slug = (String) TestEvents.event(file).get("slug");
        JsonPath timetable = TestEvents.solve(eventId, false);
        List<Map<String, Object>> meetings = timetable.getList("meetings");

        assertEquals(30, organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients"));
        assertEquals(30, dispatcher.dispatchDue(Instant.now()));
        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail); // fails on a duplicate
        assertEquals(30, received.size());

        Map<String, String> emails = new java.util.HashMap<>();
        TestEvents.list(file, "buyers").forEach(b -> emails.put((String) b.get("ref"), (String) b.get("email")));
        TestEvents.list(file, "structures").forEach(s -> emails.put((String) s.get("ref"), (String) s.get("email")));
        for (Map.Entry<String, String> person : emails.entrySet()) {
            String ref = person.getKey();
            MimeMessage mail = received.get(person.getValue());
            assertNotNull(mail, "an agenda for " + ref);
            Set<String> expectedUids = meetings.stream()
                    .filter(m -> m.get("buyer").equals(ref) || m.get("structure").equals(ref))
                    .map(m -> slug + "-" + m.get("buyer") + "-" + m.get("structure") + "@openmap-rencontres")
                    .collect(Collectors.toSet());
            List<VEvent> events = MailTests.parse(MailTests.ics(mail)).getComponents(Component.VEVENT);
            Set<String> uids = new HashSet<>();
            events.forEach(e -> uids.add(e.getProperty(Property.UID).orElseThrow().getValue()));
            uids.remove(slug + "@openmap-rencontres"); // the matinale itself
            assertEquals(expectedUids, uids, "the calendar of " + ref + " holds exactly their meetings");
        }

        // sending again when nothing changed sends nothing
        assertEquals(0, organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients"));
        assertEquals(0, dispatcher.dispatchDue(Instant.now()));
        assertEquals(30, greenMail.getReceivedMessages().length);
        assertTrue(meetings.size() >= 55, "a real timetable: " + meetings.size());
    }
}
