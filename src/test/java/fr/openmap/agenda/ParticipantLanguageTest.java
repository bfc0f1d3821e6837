package fr.openmap.agenda;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables.Meeting;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant's language ("fr", the default, or "en") is set through the API or the event file and
 * chooses the language of their emails: words, subject, dates and times.
 */
@QuarkusTest
@Tag("persistence")
class ParticipantLanguageTest {

    private static final String TITLE = "Openmap ESS — restauration, traiteur, hôtellerie";

    @Inject
    OutboxDispatcher dispatcher;

    GreenMail greenMail;
    Map<String, Object> file;
    Response imported;
    long eventId;

    @BeforeEach
    void setUp() {
        MailTests.clearOutbox();
        greenMail = MailTests.greenMail();
        file = TestEvents.example();
        imported = TestEvents.importEvent(file);
        eventId = imported.jsonPath().getLong("id");
    }

    private Map<String, Object> person(String list, String ref) {
        return TestEvents.list(file, list).stream().filter(p -> ref.equals(p.get("ref"))).findFirst().orElseThrow();
    }

    @Test
    void aBuyerSetToEnglishThroughPutGetsTheEnglishAgendaAndPreviewWhileFrenchStaysTheDefault() {
        Map<String, Object> b02 = new java.util.HashMap<>(person("buyers", "B02"));
        b02.put("language", "en");
        participant(TestEvents.tokenOf(imported, "B02")).body(b02).put("/api/events/" + eventId + "/buyers/B02")
                .then().statusCode(200).body("language", equalTo("en"));
        organizer().get("/api/events/" + eventId + "/buyers/B02").then().body("language", equalTo("en"));
        organizer().get("/api/events/" + eventId + "/buyers/B01").then().body("language", equalTo(null));

        // an update that does not name a language keeps the one set
        b02.remove("language");
        b02.put("service", "Achats responsables");
        organizer().body(b02).put("/api/events/" + eventId + "/buyers/B02").then().statusCode(200)
                .body("language", equalTo("en"));

        List<Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        Meeting first = meetings.stream().filter(m -> m.buyer().equals("B02")).findFirst().orElseThrow();
        Meeting firstOfB01 = meetings.stream().filter(m -> m.buyer().equals("B01")).findFirst().orElseThrow();

        String preview = organizer().queryParam("format", "text").get("/api/events/" + eventId + "/agendas/B02/preview")
                .then().statusCode(200).extract().asString();
        assertTrue(preview.contains("YOUR MEETINGS"), preview);
        assertTrue(preview.contains("Thursday 17 May 2018"), preview);
        assertTrue(preview.contains(first.start() + "–" + first.end() + " | table " + first.table()), preview);
        String htmlPreview = organizer().get("/api/events/" + eventId + "/agendas/B02/preview").then().statusCode(200)
                .extract().asString();
        assertTrue(htmlPreview.contains("<html lang=\"en\">"), htmlPreview);
        assertTrue(htmlPreview.contains("Your meetings"), htmlPreview);

        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        dispatcher.dispatchDue(Instant.now());
        Map<String, MimeMessage> received = MailTests.byRecipient(greenMail);

        MimeMessage english = received.get((String) b02.get("email"));
        assertEquals("Your agenda — " + TITLE, MailTests.subject(english));
        String text = MailTests.text(english);
        assertTrue(text.startsWith("Hello "), text);
        assertTrue(text.contains("Date: Thursday 17 May 2018"), text);
        assertTrue(text.contains("08:30–09:00  Accueil café"), text);
        assertTrue(text.contains(first.start() + "–" + first.end() + " | table " + first.table()), text);
        assertFalse(text.contains(" h "), "no French time in an English email:\n" + text);
        assertTrue(MailTests.html(english).contains("Thursday 17 May 2018"));

        MimeMessage french = received.get((String) person("buyers", "B01").get("email"));
        assertEquals("Votre agenda — " + TITLE, MailTests.subject(french));
        String frenchText = MailTests.text(french);
        assertTrue(frenchText.startsWith("Bonjour "), frenchText);
        assertTrue(frenchText.contains("Date : jeudi 17 mai 2018"), frenchText);
        assertTrue(frenchText.contains("8 h 30–9 h 00  Accueil café"), frenchText);
        assertTrue(frenchText.contains(AgendaMailTest.fr(firstOfB01.start()) + "–" + AgendaMailTest.fr(firstOfB01.end())
                + " | table " + firstOfB01.table()), frenchText);
        assertTrue(MailTests.html(french).contains("jeudi 17 mai 2018"));
    }

    @Test
    void aLanguageOtherThanFrenchOrEnglishIsRefusedAndChangesNothing() {
        Map<String, Object> b02 = new java.util.HashMap<>(person("buyers", "B02"));
        b02.put("language", "de");
        organizer().body(b02).put("/api/events/" + eventId + "/buyers/B02").then().statusCode(422)
                .body("problems.location", hasItem("language"));
        Map<String, Object> s01 = new java.util.HashMap<>(person("structures", "S01"));
        s01.put("language", "EN");
        organizer().body(s01).put("/api/events/" + eventId + "/structures/S01").then().statusCode(422)
                .body("problems.location", hasItem("language"));
        organizer().get("/api/events/" + eventId + "/buyers/B02").then().body("language", equalTo(null));
        organizer().get("/api/events/" + eventId + "/structures/S01").then().body("language", equalTo(null));
    }

    @Test
    void theEventFileCarriesTheLanguageBothWays() {
        Map<String, Object> withLanguages = TestEvents.example();
        person(withLanguages, "structures", "S03").put("language", "en");
        long id = TestEvents.importEvent(withLanguages).jsonPath().getLong("id");
        organizer().get("/api/events/" + id + "/export").then().statusCode(200)
                .body("structures.find { it.ref == 'S03' }.language", equalTo("en"))
                .body("structures.find { it.ref == 'S01' }.language", equalTo(null));
        organizer().get("/api/events/" + id + "/structures/S03").then().body("language", equalTo("en"));

        Map<String, Object> bad = TestEvents.example();
        person(bad, "buyers", "B01").put("language", "english");
        organizer().body(bad).post("/api/events/import").then().statusCode(422)
                .body("problems.location", hasItem("$.buyers[0].language"));
    }

    private static Map<String, Object> person(Map<String, Object> file, String list, String ref) {
        return TestEvents.list(file, list).stream().filter(p -> ref.equals(p.get("ref"))).findFirst().orElseThrow();
    }
}
