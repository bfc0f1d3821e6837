package fr.openmap.web.personal;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.event.Event;
import fr.openmap.timetable.UnscheduledPair;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A participant's personal space in a real browser: profile, catalogue, meeting wishes, agenda. */
@QuarkusTest
class PersonalSpaceTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;
    long eventId;
    Response imported;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void setUp() {
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
    }

    /** The example event, without its requests, each participant allowed {@code maxPending} requests awaiting an answer. */
    private void importWithoutRequests(Integer maxPending) {
        Map<String, Object> file = TestEvents.example();
        file.put("requests", List.of());
        if (maxPending != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> event = (Map<String, Object>) file.get("event");
            Map<String, Object> registration = new HashMap<>();
            registration.put("maxPendingRequests", maxPending);
            event.put("registration", registration);
        }
        imported = TestEvents.importEvent(file);
        eventId = imported.jsonPath().getLong("id");
    }

    private void importExample() {
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
    }

    private void signInAs(String ref) {
        browser.get(root + "p/" + eventId + "/" + ref + "?token=" + TestEvents.tokenOf(imported, ref));
    }

    private void open(String ref, String below) {
        browser.get(root + "p/" + eventId + "/" + ref + below);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void type(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    @Test
    void aProfileWithABadSiretComesBackWithTheMessageNextToItAndNothingIsStored() {
        importExample();
        signInAs("S01");
        open("S01", "/profile");
        Axe.check(browser, "the profile");
        assertEquals("Baluchon", browser.findElement(By.id("name")).getAttribute("value"));
        type(browser.findElement(By.id("name")), "Baluchon Traiteur");
        type(browser.findElement(By.id("siret")), "123");
        clickAndWaitForNewPage(browser, By.id("save"));

        assertTrue(text("#siret-problem").contains("SIRET"), text("#siret-problem"));
        assertEquals("siret-hint siret-problem", browser.findElement(By.id("siret")).getAttribute("aria-describedby"));
        assertEquals("Baluchon Traiteur", browser.findElement(By.id("name")).getAttribute("value"), "what was typed comes back");
        assertTrue(browser.findElements(By.id("name-problem")).isEmpty());
        Axe.check(browser, "the refused profile");
        organizer().get("/api/events/" + eventId + "/structures/S01").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Baluchon"));

        // corrected: stored, through the same rules as the API, and the language preference with it
        String siret = organizer().get("/api/events/" + eventId + "/structures/S01").jsonPath().getString("siret");
        type(browser.findElement(By.id("siret")), siret);
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        clickAndWaitForNewPage(browser, By.id("save"));
        assertEquals("Your registration was updated.", text("#notice"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        JsonPath stored = organizer().get("/api/events/" + eventId + "/structures/S01").jsonPath();
        assertEquals("Baluchon Traiteur", stored.getString("name"));
        assertEquals("en", stored.getString("language"));
    }

    @Test
    void theCatalogueFiltersStructuresByFamilyAndDepartmentAndShowsNobodysEmail() {
        importExample();
        signInAs("B01");
        open("B01", "/catalogue");
        Axe.check(browser, "the catalogue of structures");
        assertEquals(21, browser.findElements(By.cssSelector("article.entry")).size());
        assertTrue(browser.findElement(By.id("entry-S04")).getText().contains("Établissement et service d'aide par le travail (ESAT)"));

        new Select(browser.findElement(By.id("family"))).selectByValue("DISABILITY");
        new Select(browser.findElement(By.id("department"))).selectByValue("93");
        clickAndWaitForNewPage(browser, By.id("filter"));
        List<String> refs = browser.findElements(By.cssSelector("article.entry")).stream()
                .map(e -> e.getAttribute("data-ref")).sorted().toList();
        assertEquals(List.of("S05", "S16"), refs);

        // htmx refreshes the list while one types
        browser.get(root + "p/" + eventId + "/B01/catalogue");
        browser.findElement(By.id("q")).sendKeys("baluchon");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("article.entry")).size() == 1);
        assertEquals("S01", browser.findElement(By.cssSelector("article.entry")).getAttribute("data-ref"));

        // nobody's email or token, on either side's catalogue
        browser.get(root + "p/" + eventId + "/B01/catalogue");
        assertFalse(browser.getPageSource().contains("@"), "an email address in the catalogue");
        signInAs("S01");
        open("S01", "/catalogue");
        Axe.check(browser, "the catalogue of buyers");
        assertEquals(9, browser.findElements(By.cssSelector("article.entry")).size());
        assertFalse(browser.getPageSource().contains("@"), "an email address in the catalogue");
        assertFalse(browser.getPageSource().contains(TestEvents.tokenOf(imported, "B01")));
    }

    private void ask(String to, String priority, String message) {
        WebElement entry = browser.findElement(By.id("entry-" + to));
        entry.findElement(By.tagName("summary")).click();
        new Select(entry.findElement(By.name("priority"))).selectByValue(priority);
        if (message != null) {
            entry.findElement(By.name("message")).sendKeys(message);
        }
        clickAndWaitForNewPage(browser, By.cssSelector("#entry-" + to + " button.ask-submit"));
    }

    @Test
    void aStructureAsksTwoBuyersWithPrioritiesThenTheLimitIsRefusedWithItsSentence() {
        importWithoutRequests(2);
        signInAs("S01");
        open("S01", "/catalogue");
        ask("B02", "1", "Nous livrons vos cantines.");
        assertEquals("Votre demande a été envoyée.", text("#notice"));
        ask("B03", "3", null);
        assertEquals("Vous avez demandé un rendez-vous (prioritaire) : en attente de réponse.", text("#entry-B02 .mine"));
        assertEquals("Vous avez demandé un rendez-vous (si possible) : en attente de réponse.", text("#entry-B03 .mine"));
        assertEquals("Demandes en attente de réponse : 2 sur 2 au plus.", text("#pending"));

        ask("B04", "2", "Et vous ?");
        assertEquals("Vous avez déjà 2 demandes en attente de réponse, le maximum pour cet événement : retirez-en une "
                + "ou attendez des réponses avant d'en envoyer une autre.", text("#ask-B04-problem"));
        assertEquals("Et vous ?", browser.findElement(By.id("message-B04")).getAttribute("value"), "what was typed comes back");
        Axe.check(browser, "the refused request");
        List<Map<String, Object>> sent = organizer().get("/api/events/" + eventId + "/requests").jsonPath().getList("$");
        assertEquals(2, sent.size());
        Map<String, Object> toB02 = sent.stream().filter(r -> r.get("to").equals("B02")).findFirst().orElseThrow();
        assertEquals(1, toB02.get("priority"));
        assertEquals("Nous livrons vos cantines.", toB02.get("message"));
        assertEquals("S01", toB02.get("from"));

        // withdrawing one makes room again
        open("S01", "");
        Axe.check(browser, "the home with requests sent");
        clickAndWaitForNewPage(browser, By.cssSelector("#sent-requests tr.request button.withdraw"));
        assertEquals("Votre demande a été retirée.", text("#notice"));
        assertEquals(1, organizer().get("/api/events/" + eventId + "/requests").jsonPath().getList("$").size());
    }

    @Test
    void aBuyerDeclinesWithAMessageThatTheStructureReads() {
        importWithoutRequests(null);
        long id = organizer().body(Map.of("from", "S02", "to", "B01", "priority", 2, "message", "Bonjour !"))
                .post("/api/events/" + eventId + "/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        signInAs("B01");
        String row = "tr.request[data-request='" + id + "']";
        assertEquals("Bonjour !", text(row + " .message"));
        browser.findElement(By.id("message-" + id)).sendKeys("Pas de besoin de traiteur cette année, merci.");
        clickAndWaitForNewPage(browser, By.cssSelector(row + " button.decline"));
        assertEquals("Demande refusée.", text("#notice"));
        organizer().get("/api/events/" + eventId + "/requests").then()
                .body("find { it.id == " + id + " }.status", org.hamcrest.Matchers.equalTo("DECLINED"))
                .body("find { it.id == " + id + " }.answerMessage",
                        org.hamcrest.Matchers.equalTo("Pas de besoin de traiteur cette année, merci."));

        signInAs("S02");
        assertEquals("refusée", text(row + " .status"));
        assertEquals("Pas de besoin de traiteur cette année, merci.", text(row + " .answer-message"));
        assertTrue(browser.findElements(By.cssSelector(row + " button")).isEmpty(), "a declined request stays on record");
    }

    @Test
    void afterTheFreezeANewRequestIsRefusedWithASentenceSayingSo() {
        importWithoutRequests(null);
        signInAs("S01");
        open("S01", "/catalogue");
        // the organizer closes requests while the page is open
        organizer().body(Map.of("at", "2018-05-16T18:00:00+02:00")).put("/api/events/" + eventId + "/answers-freeze")
                .then().statusCode(200);
        ask("B02", "1", null);
        assertEquals("Les réponses aux demandes ont été closes le mercredi 16 mai 2018 à 18 h 00 par l'organisateur : "
                + "seul l'organisateur peut désormais modifier les demandes.", text("#ask-B02-problem"));
        assertEquals(0, organizer().get("/api/events/" + eventId + "/requests").jsonPath().getList("$").size());
        open("S01", "/catalogue");
        assertEquals("Les demandes de rendez-vous sont closes : pour tout changement, écrivez à l'organisateur.", text("#frozen"));
        assertTrue(browser.findElements(By.cssSelector("form.ask")).isEmpty());
    }

    @Test
    void theAgendaShownIsTheOnePublishedWithItsCalendarAndWhyAnAcceptedRequestHasNoMeeting() {
        importExample();
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of("S20"));
        QuarkusTransaction.requiringNew().run(() -> {
            UnscheduledPair why = new UnscheduledPair();
            why.event = Event.findById(eventId);
            why.buyer = "B01";
            why.structure = "S20";
            why.reason = "no slot where both are free";
            why.reasonFr = "aucun créneau où les deux sont libres";
            why.persist();
        });
        signInAs("B01");
        assertEquals("Votre agenda n'a pas encore été envoyé : vous le recevrez par courriel, et il s'affichera ici.",
                text("#no-agenda"));
        String cookie = TestEvents.tokenOf(imported, "B01");
        given().cookie("openmap-personal", cookie).get("/p/" + eventId + "/B01/agenda.ics").then().statusCode(404);

        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        TestTimetables.Meeting first = meetings.stream().filter(m -> m.buyer().equals("B01")).findFirst().orElseThrow();
        // a re-plan nobody was sent yet does not show
        TestTimetables.move(eventId, first.buyer(), first.structure(), first.start().plusHours(2), first.end().plusHours(2));
        browser.navigate().refresh();
        Axe.check(browser, "the home with its agenda");
        String frenchStart = first.start().getHour() + " h " + String.format("%02d", first.start().getMinute());
        assertTrue(text("#meetings tr.meeting .time").startsWith(frenchStart), text("#meetings tr.meeting .time"));
        WebElement unmet = browser.findElements(By.cssSelector("#unmet li.unmet")).stream()
                .filter(li -> li.getText().startsWith("Pause Solidaire 77")).findFirst().orElseThrow();
        assertEquals("Aucun créneau où les deux sont libres.", unmet.findElement(By.className("reason")).getText());

        given().cookie("openmap-personal", cookie).get("/p/" + eventId + "/B01/agenda.ics").then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .body(containsString("BEGIN:VCALENDAR"))
                .body(containsString("T" + String.format("%02d%02d", first.start().getHour(), first.start().getMinute())));
        // another participant's calendar "does not exist" for B01
        given().cookie("openmap-personal", cookie).get("/p/" + eventId + "/B02/agenda.ics").then().statusCode(404);
    }
}
