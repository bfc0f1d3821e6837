package fr.openmap.web.publicpages;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.TestEvents;
import fr.openmap.access.PublicFormThrottle;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages in a real browser, with the emails they send: an event's page, self-registration (a
 * field wrong first, then right; again with the same SIRET; closed; full; with approval) and the lost link.
 */
@QuarkusTest
class PublicRegistrationTest {

    private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^/\\s]+(/p/\\d+/[A-Za-z0-9_-]+\\?token=[A-Za-z0-9_-]+)");
    /** Valid SIRETs (Luhn). */
    private static final String SIRET = "73282932000074";
    private static final String OTHER_SIRET = "44306184100047";

    @TestHTTPResource("/")
    URL root;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    PublicFormThrottle throttle;

    static WebDriver browser;
    GreenMail mail;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void fresh() {
        mail = MailTests.greenMail();
        MailTests.clearOutbox();
        throttle.forget("127.0.0.1");
        throttle.forget("0:0:0:0:0:0:0:1");
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
    }

    @Test
    void aBadSiretIsShownNextToItsFieldAndNothingIsStoredThenTheRightOneRegistersAndMailsTheLink() {
        Event event = event(Map.of("organizer", Map.of("name", "Claire Martin", "email", "matinales@region.example.org")));
        LocalDate pitchCloses = LocalDate.now().plusMonths(1);
        organizer().body(Map.of("opensAt", LocalDate.now().minusDays(1) + "T09:00", "closesAt", pitchCloses + "T18:00"))
                .put("/api/events/" + event.id + "/pitch/call").then().statusCode(200);
        browser.get(root + "e/" + event.slug);
        assertEquals("Appel à pitchs : les structures inscrites peuvent candidater jusqu'au "
                + java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.FRENCH).format(pitchCloses)
                + " à 18 h 00, depuis leur page personnelle.", text("pitch-call"));
        assertEquals("Matinale des achats responsables", text("event-name"));
        assertTrue(text("registration-status").startsWith("Les inscriptions sont ouvertes jusqu'au "), text("registration-status"));
        assertTrue(text("organizer-contact").contains("matinales@region.example.org"));
        Axe.check(browser, "the event's public page");

        click("register-structure");
        waitFor(By.id("registration-form"));
        Axe.check(browser, "the structure registration form");
        fillStructure("Les Jardins de Cocagne", "12345678901234", "jardins@cocagne.example.org");
        type("unavailable", "midi");
        submit();
        waitFor(By.id("siret-problem"));
        assertTrue(text("unavailable-problem").contains("« midi » n'est pas une plage horaire"), text("unavailable-problem"));
        assertTrue(text("siret-problem").endsWith(
                "le SIRET « 12345678901234 » ne passe pas le contrôle de Luhn (un chiffre est sans doute mal saisi)"),
                text("siret-problem"));
        assertEquals("Les Jardins de Cocagne", value("name"), "what was typed stays");
        assertEquals("true", browser.findElement(By.id("siret")).getAttribute("aria-invalid"));
        Axe.check(browser, "the refused registration form");
        assertEquals(0, structures(event).size(), "nothing is stored");

        type("siret", SIRET);
        type("unavailable", "09:30-09:45");
        submit();
        waitFor(By.id("done-title"));
        assertEquals("Inscription reçue", text("done-title"));
        assertTrue(text("done-mail").startsWith("Vérifiez votre messagerie"));
        Axe.check(browser, "the registration's answer page");
        List<Map<String, Object>> structures = structures(event);
        assertEquals(1, structures.size());
        assertEquals(SIRET, structures.get(0).get("siret"));
        assertEquals("Nos paniers de légumes bio, livrés chaque semaine.", structures.get(0).get("offer"));
        assertEquals(List.of(Map.of("start", "09:30", "end", "09:45")), structures.get(0).get("unavailable"));

        MimeMessage message = onlyMessage();
        assertEquals("jardins@cocagne.example.org", MailTests.recipient(message));
        assertEquals("Votre inscription est confirmée — Matinale des achats responsables", MailTests.subject(message));
        String path = personalLink(MailTests.text(message));
        browser.get(root + path.substring(1));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("token="));
        assertEquals("Les Jardins de Cocagne", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void registeringAgainWithTheSameSiretGivesTheSamePageAndMailsTheExistingParticipantTheirLink() {
        Event event = event(Map.of());
        registerStructureInBrowser(event, "ESAT du Parc", SIRET, "contact@esat-parc.example.org");
        String firstPage = text("done-mail");
        onlyMessage();
        MailTests.greenMail();

        registerStructureInBrowser(event, "ESAT du Parc (bis)", SIRET, "autre@esat-parc.example.org");
        assertEquals(firstPage, text("done-mail"), "the same page: nobody learns who is registered");
        assertEquals(1, structures(event).size(), "no new participant");
        MimeMessage message = onlyMessage();
        assertEquals("contact@esat-parc.example.org", MailTests.recipient(message), "the existing participant is told");
        assertEquals("Votre lien personnel — Matinale des achats responsables", MailTests.subject(message));
        assertNotNull(personalLink(MailTests.text(message)));
    }

    @Test
    void closedRegistrationIsRefusedWithItsSentence() {
        Event event = event(Map.of("registration", Map.of("closesAt", "2020-03-01T18:00:00+01:00")));
        browser.get(root + "e/" + event.slug);
        assertEquals("Les inscriptions sont closes.", text("registration-status"));
        assertTrue(browser.findElements(By.id("register-buyer")).isEmpty());
        browser.get(root + "e/" + event.slug + "/register/buyer");
        assertEquals("Les inscriptions sont closes depuis le dimanche 1 mars 2020 à 18 h 00.", text("refusal"));
        assertTrue(browser.findElements(By.id("registration-form")).isEmpty());
        Axe.check(browser, "the refusal page");
    }

    @Test
    void capacityReachedIsRefusedWithItsSentenceAndNothingIsStored() {
        Event event = event(Map.of("registration", Map.of("maxStructures", 1)));
        browser.get(root + "e/" + event.slug + "/register/structure");
        waitFor(By.id("registration-form"));
        fillStructure("Coopérative Bâtir", OTHER_SIRET, "batir@scop.example.org");
        // while the form was being typed, someone else took the last place
        organizer().body(Map.of("name", "Régie de quartier", "legalForm", "ACI", "siret", SIRET, "department", "93",
                "contactName", "Jo", "email", "regie@example.org")).post("/api/events/" + event.id + "/structures")
                .then().statusCode(201);
        submit();
        waitFor(By.id("refusal"));
        assertEquals("Les inscriptions sont complètes : toutes les places des structures (1) sont prises.", text("refusal"));
        assertEquals(1, structures(event).size(), "nothing is stored");
        browser.get(root + "e/" + event.slug);
        assertTrue(text("structures-full").startsWith("Toutes les places des structures sont prises"));
        assertEquals(0, mail.getReceivedMessages().length + dispatcher.dispatchDue(Instant.now()));

        // a buyer needs a table: the one table of this event is taken
        Event oneTable = event(Map.of(), 1);
        organizer().body(Map.of("organization", "Ville de Lyon", "contactName", "Ana", "email", "ana@lyon.example.org"))
                .post("/api/events/" + oneTable.id + "/buyers").then().statusCode(201);
        browser.get(root + "e/" + oneTable.slug + "/register/buyer");
        assertEquals("Les 1 tables ont déjà chacune un acheteur : chaque acheteur garde sa table.", text("refusal"));
    }

    @Test
    void aLostLinkForAKnownAndAnUnknownAddressGivesTheSamePageAndMailsOnlyTheKnownOne() {
        Event event = event(Map.of());
        organizer().body(Map.of("organization", "Département de la Gironde", "contactName", "Léa",
                "email", "lea@gironde.example.org")).post("/api/events/" + event.id + "/buyers").then().statusCode(201);

        browser.get(root + "e/" + event.slug);
        click("lost-link");
        waitFor(By.id("lost-link-form"));
        Axe.check(browser, "the lost-link form");
        type("email", "Lea@Gironde.example.org");
        click("send-link");
        waitFor(By.id("sent-title"));
        String known = text("sent-text");
        Axe.check(browser, "the lost-link answer");

        browser.get(root + "e/" + event.slug + "/lost-link");
        waitFor(By.id("lost-link-form"));
        type("email", "personne@inconnu.example.org");
        click("send-link");
        waitFor(By.id("sent-title"));
        assertEquals(known, text("sent-text"), "the same answer whether the address is registered or not");

        MimeMessage message = onlyMessage();
        assertEquals("lea@gironde.example.org", MailTests.recipient(message));
        assertEquals("Votre lien personnel — Matinale des achats responsables", MailTests.subject(message));
        assertNotNull(personalLink(MailTests.text(message)));
    }

    @Test
    void withApprovalARegistrationIsPendingUntilTheOrganizerApprovesItThroughTheApi() {
        Event event = event(Map.of("registration", Map.of("approval", true)));
        browser.get(root + "e/" + event.slug + "/register/buyer");
        waitFor(By.id("registration-form"));
        Axe.check(browser, "the buyer registration form");
        type("organization", "Société du Grand Paris");
        type("service", "Direction des achats");
        type("contactName", "Marc Petit");
        type("email", "marc.petit@sgp.example.org");
        type("interests", "nettoyage, restauration");
        type("needs", "Des prestataires de nettoyage de chantier.");
        submit();
        waitFor(By.id("done-title"));
        assertTrue(text("done-pending").startsWith("L'équipe organisatrice examinera votre inscription"));

        Map<String, Object> buyer = organizer().get("/api/events/" + event.id + "/buyers/B01").then().statusCode(200)
                .extract().as(Map.class);
        assertEquals("PENDING", buyer.get("approval"));
        assertEquals(List.of("nettoyage", "restauration"), buyer.get("interests"));
        assertEquals("Des prestataires de nettoyage de chantier.", buyer.get("needs"));
        MimeMessage registered = onlyMessage();
        assertEquals("Votre demande d'inscription est enregistrée — Matinale des achats responsables",
                MailTests.subject(registered));
        MailTests.greenMail();

        Map<String, Object> approved = organizer().post("/api/events/" + event.id + "/buyers/B01/approve")
                .then().statusCode(200).extract().as(Map.class);
        assertFalse(approved.containsKey("approval"), "approved is the default, not written: " + approved);
        MimeMessage decision = onlyMessage();
        assertEquals("marc.petit@sgp.example.org", MailTests.recipient(decision));
        assertEquals("Votre inscription est acceptée — Matinale des achats responsables", MailTests.subject(decision));
        organizer().post("/api/events/" + event.id + "/buyers/B01/approve").then().statusCode(200);
        assertEquals(0, dispatcher.dispatchDue(Instant.now()), "approving again tells nobody");
    }

    @Test
    void aRefusalNeedsAReasonAndTellsIt() {
        Event event = event(Map.of("registration", Map.of("approval", true)));
        registerStructureInBrowser(event, "Association Trait d'union", SIRET, "tu@asso.example.org");
        MailTests.greenMail();
        dispatcher.dispatchDue(Instant.now());
        MailTests.greenMail();
        organizer().body(Map.of()).post("/api/events/" + event.id + "/structures/S01/refuse").then().statusCode(422);
        Map<String, Object> refused = organizer().body(Map.of("reason", "Votre activité ne correspond pas aux achats de cette matinale."))
                .post("/api/events/" + event.id + "/structures/S01/refuse").then().statusCode(200).extract().as(Map.class);
        assertEquals("REFUSED", refused.get("approval"));
        MimeMessage decision = onlyMessage();
        assertTrue(MailTests.text(decision).contains("Votre activité ne correspond pas aux achats de cette matinale."));
        assertFalse(MailTests.text(decision).contains("token="), "a refusal carries no personal link");
    }

    @Test
    void tooManyPostsFromOneAddressGetA429WithTheTimeToWait() {
        Event event = event(Map.of());
        Response form = given().get("/e/" + event.slug + "/lost-link");
        String csrf = form.getCookie("csrf-token");
        assertEquals(400, given().formParam("email", "x@example.org").redirects().follow(false)
                .post("/e/" + event.slug + "/lost-link").statusCode(), "a post without the CSRF token");
        throttle.forget("127.0.0.1");
        throttle.forget("0:0:0:0:0:0:0:1");
        int last = 0;
        for (int i = 0; i <= 10; i++) {
            last = given().cookie("csrf-token", csrf).formParam("csrf-token", csrf).formParam("email", "x" + i + "@example.org")
                    .redirects().follow(false).post("/e/" + event.slug + "/lost-link").statusCode();
            if (i < 10) {
                assertEquals(303, last, "post " + (i + 1));
            }
        }
        assertEquals(429, last, "the 11th post within a minute");
    }

    @Test
    void theOrganizerSetsRegistrationAndTheContactInTheEventForm() {
        Event event = event(Map.of());
        browser.get(root + "login");
        type("j_username", "organizer");
        type("j_password", "test-secret");
        String before = browser.getCurrentUrl();
        click("sign-in");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(before));
        browser.get(root + "console/events/" + event.id + "/edit");
        waitFor(By.id("registration-settings"));
        type("registration.closesAt", "demain");
        type("registration.maxStructures", "0");
        click("registration.approval");
        type("organizer.name", "Claire Martin");
        type("organizer.email", "claire@gip.example.org");
        click("save");
        waitFor(By.id("registration.closesAt-problem"));
        assertTrue(text("registration.closesAt-problem").contains("« demain » n'est pas une date et heure"),
                text("registration.closesAt-problem"));
        assertEquals("Claire Martin", value("organizer.name"), "what was typed stays");
        Axe.check(browser, "the event form with its registration settings");

        browser.findElement(By.id("registration.closesAt")).clear();
        String refusedAt = browser.getCurrentUrl();
        click("save");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(refusedAt));
        Map<String, Object> saved = organizer().get("/api/events/" + event.id + "/export").then().statusCode(200)
                .extract().jsonPath().getMap("event");
        assertEquals(Map.of("approval", true, "maxStructures", 0), saved.get("registration"));
        assertEquals(Map.of("name", "Claire Martin", "email", "claire@gip.example.org"), saved.get("organizer"));

        browser.get(root + "e/" + event.slug);
        assertTrue(text("structures-full").startsWith("Toutes les places des structures sont prises"));
        assertTrue(text("organizer-contact").endsWith("Claire Martin claire@gip.example.org"), text("organizer-contact"));
    }

    @Test
    void thePublicPagesSpeakEnglishAfterTheSwitchAndSoDoTheirEmails() {
        Event event = event(Map.of());
        browser.get(root + "e/" + event.slug);
        click("language-switch");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("register-buyer")).isEmpty()
                && d.findElement(By.id("register-buyer")).getText().equals("Register as a public buyer"));
        assertTrue(text("registration-status").startsWith("Registration is open until "), text("registration-status"));
        Axe.check(browser, "the event's public page in English");
        click("register-structure");
        waitFor(By.id("registration-form"));
        assertEquals("Work integration enterprise (EI)",
                new Select(browser.findElement(By.id("legalForm"))).getOptions().get(1).getText());
        fillStructure("Tremplin", SIRET, "tremplin@example.org");
        submit();
        waitFor(By.id("done-title"));
        assertEquals("Registration received", text("done-title"));
        assertEquals("Your registration is confirmed — Matinale des achats responsables", MailTests.subject(onlyMessage()));
    }

    // ---- helpers ----

    record Event(long id, String slug) {
    }

    private Event event(Map<String, Object> more) {
        return event(more, 5);
    }

    /** A small event a few months ahead (registration open by default), with these extra event settings. */
    private Event event(Map<String, Object> more, int tables) {
        String slug = "public-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> e = new HashMap<>(Map.of("slug", slug, "title", "Matinale des achats responsables",
                "date", LocalDate.now().plusMonths(3).toString(), "timezone", "Europe/Paris", "venue", "Hôtel de Région",
                "tables", tables, "programme", List.of(
                        Map.of("kind", "WELCOME", "title", "Accueil café", "start", "08:30", "end", "09:00"),
                        Map.of("kind", "NETWORKING", "title", "Rendez-vous d'affaires", "start", "09:00", "end", "10:00",
                                "slotMinutes", 15, "changeoverMinutes", 5))));
        e.putAll(more);
        Response imported = TestEvents.importEvent(Map.of("format", "openmap-event/1", "event", e));
        return new Event(imported.jsonPath().getLong("id"), slug);
    }

    private void registerStructureInBrowser(Event event, String name, String siret, String email) {
        browser.get(root + "e/" + event.slug + "/register/structure");
        waitFor(By.id("registration-form"));
        fillStructure(name, siret, email);
        submit();
        waitFor(By.id("done-title"));
    }

    private void fillStructure(String name, String siret, String email) {
        type("name", name);
        new Select(browser.findElement(By.id("legalForm"))).selectByValue("EI");
        type("siret", siret);
        type("department", "33");
        type("sector", "Maraîchage");
        type("contactName", "Sam Durand");
        type("email", email);
        type("offer", "Nos paniers de légumes bio, livrés chaque semaine.");
        type("representatives", "2");
    }

    private static List<Map<String, Object>> structures(Event event) {
        return organizer().get("/api/events/" + event.id + "/structures").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Sends what is due and returns the one message that arrived (fails on none or several). */
    private MimeMessage onlyMessage() {
        dispatcher.dispatchDue(Instant.now());
        MimeMessage[] received = mail.getReceivedMessages();
        assertEquals(1, received.length, "messages received");
        return received[0];
    }

    private static String personalLink(String text) {
        Matcher m = PERSONAL_LINK.matcher(text);
        assertTrue(m.find(), "a personal link in:\n" + text);
        return URI.create(m.group(0)).getRawPath() + "?" + URI.create(m.group(0)).getRawQuery();
    }

    private static void submit() {
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("register")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(By.cssSelector(".problem, .problems")).isEmpty());
    }

    private static void waitFor(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
    }

    /** The element's text, French no-break spaces as plain ones. */
    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }
}
