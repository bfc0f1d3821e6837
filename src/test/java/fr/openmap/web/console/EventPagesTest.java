package fr.openmap.web.console;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's event pages in a real browser: the list, the form and its programme editor, the dashboard, duplicate, delete, import. */
@QuarkusTest
class EventPagesTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signIn() {
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    @Test
    void anEventWithTwoNetworkingItemsIsCreatedThroughTheProgrammeEditor() {
        String slug = "matinale-" + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("new-event")).click();
        ConsoleBrowser.waitFor(browser, By.id("event-form"));
        Axe.check(browser, "the new event form");
        type("title", "Matinale ESS du 17 mai");
        type("slug", slug);
        type("venue", "Hôtel de Région");
        type("date", "2018-05-17");
        type("tables", "9");
        type("pitchPlaces", "3");
        // the form starts with one networking item: make it the welcome
        new Select(browser.findElement(By.id("programme-0-kind"))).selectByValue("WELCOME");
        type("programme-0-title", "Accueil café");
        type("programme-0-start", "08:30");
        type("programme-0-end", "09:00");

        click("add-item");
        assertEquals("Accueil café", value("programme-0-title"), "what was typed stays");
        assertEquals("NETWORKING", new Select(browser.findElement(By.id("programme-1-kind"))).getFirstSelectedOption().getAttribute("value"));
        type("programme-1-title", "Rendez-vous d'affaires");
        type("programme-1-start", "09:00");
        type("programme-1-end", "10:00");
        // the number of slots follows what is typed (15 min + 5 min changeover in an hour: 3)
        waitForText("programme-1-slots", "3 créneaux");
        type("programme-1-slotMinutes", "10");
        waitForText("programme-1-slots", "4 créneaux");

        click("add-item");
        type("programme-2-title", "Pitchs");
        new Select(browser.findElement(By.id("programme-2-kind"))).selectByValue("PITCHES");
        type("programme-2-start", "10:00");
        type("programme-2-end", "10:30");
        click("add-item");
        type("programme-3-title", "Second temps de rendez-vous");
        type("programme-3-start", "10:30");
        type("programme-3-end", "11:30");
        type("programme-3-slotMinutes", "20");
        type("programme-3-changeoverMinutes", "0");
        // reorder: the pitches go down below the second networking time, then back up
        browser.findElement(By.cssSelector("#item-2 button.item-down")).click();
        ConsoleBrowser.waitFor(browser, By.id("event-form"));
        assertEquals("Pitchs", value("programme-3-title"));
        assertEquals("Second temps de rendez-vous", value("programme-2-title"));
        assertEquals("3 créneaux", browser.findElement(By.id("programme-2-slots")).getText(), "counted by the server after a submit");
        browser.findElement(By.cssSelector("#item-3 button.item-up")).click();
        ConsoleBrowser.waitFor(browser, By.id("event-form"));
        assertEquals("Pitchs", value("programme-2-title"));
        // and an item added by mistake is removed
        click("add-item");
        browser.findElement(By.cssSelector("#item-4 button.item-remove")).click();
        ConsoleBrowser.waitFor(browser, By.id("event-form"));
        assertTrue(browser.findElements(By.id("item-4")).isEmpty());
        Axe.check(browser, "the programme editor with four items");

        click("save");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Événement « Matinale ESS du 17 mai » créé.", browser.findElement(By.id("notice")).getText());
        assertEquals("Réseautage : 7 créneaux en tout.", browser.findElement(By.id("total-slots")).getText());
        Axe.check(browser, "the event's dashboard");

        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/console/events/(\\d+).*", "$1"));
        JsonPath exported = organizer().get("/api/events/" + id + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(slug, exported.getString("event.slug"));
        assertEquals("2018-05-17", exported.getString("event.date"));
        assertEquals("Europe/Paris", exported.getString("event.timezone"));
        assertEquals(9, exported.getInt("event.tables"));
        assertEquals(List.of("WELCOME", "NETWORKING", "PITCHES", "NETWORKING"), exported.getList("event.programme.kind"));
        assertEquals(List.of(10, 20), exported.getList("event.programme.findAll { it.kind == 'NETWORKING' }.slotMinutes"));
        assertEquals(List.of(5, 0), exported.getList("event.programme.findAll { it.kind == 'NETWORKING' }.changeoverMinutes"));
        assertEquals(7, organizer().get("/api/events/" + id + "/slots").jsonPath().getList("$").size());
    }

    @Test
    void aBadSlotLengthIsShownNextToItsFieldWithWhatWasTypedAndNothingIsStored() {
        String slug = "refusee-" + UUID.randomUUID().toString().substring(0, 8);
        browser.get(root + "console/events/new");
        type("title", "Matinale refusée");
        type("slug", slug);
        type("date", "2018-05-17");
        type("tables", "5");
        type("programme-0-title", "Rendez-vous");
        type("programme-0-start", "09:00");
        type("programme-0-end", "10:00");
        type("programme-0-slotMinutes", "500");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("problems"));

        assertEquals("Le formulaire contient des erreurs ; chacune est indiquée à côté de son champ.",
                browser.findElement(By.cssSelector("#problems p")).getText());
        WebElement field = browser.findElement(By.id("programme-0-slotMinutes"));
        assertEquals("500", field.getAttribute("value"));
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertTrue(field.getAttribute("aria-describedby").contains("programme-0-slotMinutes-problem"));
        String problem = browser.findElement(By.id("programme-0-slotMinutes-problem")).getText();
        assertTrue(problem.contains("240"), problem);
        assertEquals("Matinale refusée", value("title"));
        Axe.check(browser, "the event form with a problem");
        assertFalse(organizer().get("/api/events").asString().contains(slug), "nothing stored");
    }

    @Test
    void anImportedEventIsEditedDuplicatedWithoutParticipantsAndDeletedOnceItsSlugIsTyped() throws Exception {
        Map<String, Object> file = TestEvents.example();
        String slug = (String) TestEvents.event(file).get("slug");
        Path upload = Files.createTempFile("event", ".json");
        Files.writeString(upload, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(file));
        browser.get(root + "console");
        browser.findElement(By.id("file")).sendKeys(upload.toString());
        click("import");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/console/events/(\\d+).*", "$1"));
        assertEquals("9", browser.findElement(By.id("buyers")).getText());
        assertEquals("21", browser.findElement(By.id("structures")).getText());
        assertEquals("Inscriptions ouvertes", browser.findElement(By.id("phase")).getText());
        // the event's sections are in its navigation
        assertEquals(List.of("Tableau de bord", "Acheteurs", "Structures", "Demandes de rendez-vous", "Pitchs", "Planning", "Agendas", "Documents à imprimer", "Accueil le jour J", "Courriels"),
                browser.findElements(By.cssSelector("nav.sections a")).stream().map(WebElement::getText).toList());

        browser.get(root + "console");
        WebElement row = browser.findElement(By.cssSelector("tr.event[data-event='" + id + "']"));
        assertEquals("9", row.findElement(By.className("buyers")).getText());
        assertEquals("21", row.findElement(By.className("structures")).getText());
        Axe.check(browser, "the events list");

        browser.get(root + "console/events/" + id + "/edit");
        // the stored programme comes back into the editor
        assertEquals(organizer().get("/api/events/" + id + "/export").jsonPath().getString("event.programme[0].kind"),
                new Select(browser.findElement(By.id("programme-0-kind"))).getFirstSelectedOption().getAttribute("value"));
        type("title", "Matinale renommée");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Modifications enregistrées.", browser.findElement(By.id("notice")).getText());
        assertEquals("Matinale renommée", organizer().get("/api/events/" + id).jsonPath().getString("title"));

        browser.get(root + "console/events/" + id + "/duplicate");
        Axe.check(browser, "the duplicate form");
        type("slug", slug + "-bis");
        click("duplicate-submit");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        long copy = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/console/events/(\\d+).*", "$1"));
        assertTrue(copy != id);
        assertEquals("0", browser.findElement(By.id("buyers")).getText());
        JsonPath original = organizer().get("/api/events/" + id + "/export").jsonPath();
        JsonPath copied = organizer().get("/api/events/" + copy + "/export").jsonPath();
        assertEquals(original.getList("event.programme"), copied.getList("event.programme"));
        assertEquals(original.getInt("event.tables"), copied.getInt("event.tables"));
        assertTrue(copied.getList("buyers") == null || copied.getList("buyers").isEmpty());

        browser.get(root + "console/events/" + copy + "/delete");
        Axe.check(browser, "the delete confirmation");
        type("confirm", slug);
        click("delete-submit");
        ConsoleBrowser.waitFor(browser, By.id("confirm-problem"));
        organizer().get("/api/events/" + copy).then().statusCode(200);
        type("confirm", slug + "-bis");
        click("delete-submit");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Événement « Matinale renommée » supprimé.", browser.findElement(By.id("notice")).getText());
        organizer().get("/api/events/" + copy).then().statusCode(404);

        // the original, with its participants, requests and bookings, goes too
        browser.get(root + "console/events/" + id + "/delete");
        type("confirm", slug);
        click("delete-submit");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        organizer().get("/api/events/" + id).then().statusCode(404);
    }

    @Test
    void anUnknownEventIsAFrenchNotFoundPageAndAParticipantCannotOpenTheConsole() {
        browser.get(root + "console/events/999999999");
        assertEquals("Page introuvable", browser.findElement(By.id("error-title")).getText());
        String token = TestEvents.tokenOf(TestEvents.importEvent(TestEvents.example()), "B01");
        given().header("Authorization", "Bearer " + token).accept("text/html").get("/console").then().statusCode(403);
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static void click(String id) {
        browser.findElement(By.id(id)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static void waitForText(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> text.equals(d.findElement(By.id(id)).getText()));
    }
}
