package fr.openmap.web.console.participants;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's buyer and structure pages in a real browser: lists with search, filters and counts; add, edit, delete. */
@QuarkusTest
class ParticipantPagesTest {

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
    void structuresAreSearchedWithoutAccentsAndFilteredWithTheirCounts() {
        long id = TestEvents.importExample();
        browser.get(root + "console/events/" + id + "/structures");
        assertEquals("21 structures, 21 affichées", text("count"));
        assertEquals(21, refs().size());
        WebElement baluchon = row("S01");
        assertEquals("Entreprise d'insertion (EI)", baluchon.findElement(By.className("legal-form")).getText());
        assertEquals("Retenue", baluchon.findElement(By.className("pitch")).getText());
        assertEquals("Pas de candidature", row("S09").findElement(By.className("pitch")).getText());
        assertEquals("2", baluchon.findElement(By.className("requests")).getText(), "S01 has two requests in the file");
        Axe.check(browser, "the structures list");

        // typed: htmx refreshes the table as one types, accents and capitals aside
        browser.findElement(By.id("q")).sendKeys("PLANETE sesame");
        waitForText("count", "21 structures, 1 affichée");
        assertEquals(List.of("S07"), refs());

        // the plain form (no JavaScript needed): legal form, then département, then pitch status
        browser.get(root + "console/events/" + id + "/structures?legalForm=ESAT");
        assertEquals("21 structures, 4 affichées", text("count"));
        assertEquals(List.of("S04", "S05", "S16", "S18"), refs());
        new Select(browser.findElement(By.id("department"))).selectByValue("93");
        submitFilters();
        waitForText("count", "21 structures, 2 affichées");
        assertEquals(List.of("S05", "S16"), refs());
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("department=93"));
        new Select(browser.findElement(By.id("pitch"))).selectByValue("NOT_SELECTED");
        submitFilters();
        waitForText("count", "21 structures, 1 affichée");
        assertEquals(List.of("S16"), refs());
        Axe.check(browser, "the structures list, filtered");
        // no timetable yet: nobody has meetings
        browser.get(root + "console/events/" + id + "/structures?meetings=with");
        assertEquals("21 structures, 0 affichée", text("count"));
        assertEquals("Aucun participant ne correspond à la recherche.", text("none"));

        // on a tablet the wide table scrolls inside its region, not the whole page
        browser.manage().window().setSize(new Dimension(800, 1100));
        try {
            browser.get(root + "console/events/" + id + "/structures");
            Object pageOverflows = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertEquals(false, pageOverflows);
            Axe.check(browser, "the structures list on a tablet");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void buyersAreSearchedByContactAndTheListLinksToImportAndExports() {
        long id = TestEvents.importExample();
        browser.get(root + "console/events/" + id + "/buyers");
        assertEquals("9 acheteurs, 9 affichés", text("count"));
        assertEquals("Claire Martin", row("B01").findElement(By.className("contact")).getText().lines().findFirst().orElseThrow());
        Axe.check(browser, "the buyers list");
        browser.get(root + "console/events/" + id + "/buyers?q=helene");
        assertEquals("9 acheteurs, 1 affiché", text("count"));
        assertEquals(List.of("B07"), refs());
        // in English, the same search
        browser.findElement(By.id("language-switch")).click();
        waitForText("count", "9 buyers, 1 shown");
        assertEquals("Export as CSV (Excel)", text("export-csv"));

        assertEquals(root + "console/events/" + id + "/buyers/import", browser.findElement(By.id("import")).getAttribute("href"));
        assertEquals(root + "api/events/" + id + "/participants/export.csv?kind=buyers",
                browser.findElement(By.id("export-csv")).getAttribute("href"));
        // the export links are the API's, which the console's session may call
        Cookie session = browser.manage().getCookieNamed("openmap-console");
        Response csv = given().cookie(session.getName(), session.getValue()).redirects().follow(false)
                .get(browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.asString().contains("Région Île-de-France"), csv.asString());
        Response xlsx = given().cookie(session.getName(), session.getValue()).redirects().follow(false)
                .get(browser.findElement(By.id("export-xlsx")).getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.asByteArray().length > 100);
    }

    @Test
    void aBuyerIsAddedWithInterestsOneALineAndTheNextFreeRef() {
        long id = TestEvents.importExample();
        browser.get(root + "console/events/" + id + "/buyers/new");
        Axe.check(browser, "the new buyer form");
        type("organization", "Ville de Montreuil");
        type("service", "Commande publique");
        type("contactName", "Awa Diallo");
        type("email", "awa.diallo@montreuil.example.org");
        type("interests", "traiteur\n\nnettoyage des locaux\n");
        new Select(browser.findElement(By.id("language"))).selectByValue("en");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("personal-link"));
        assertEquals("Acheteur « Ville de Montreuil — Commande publique » ajouté, réf. B10.", text("notice"));
        JsonPath added = buyer(id, "B10");
        assertEquals(List.of("traiteur", "nettoyage des locaux"), added.getList("interests"));
        assertEquals("en", added.getString("language"));
        browser.findElement(By.id("edit")).click();
        ConsoleBrowser.waitFor(browser, By.id("participant-form"));
        assertEquals("traiteur\nnettoyage des locaux", value("interests"), "the stored buyer comes back into the form");
        assertEquals("en", new Select(browser.findElement(By.id("language"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void aStructureWithABadEmailIsShownNextToItsFieldAndNothingIsStoredThenItIsAddedWithItsLink() {
        Map<String, Object> file = TestEvents.example();
        String siret = (String) TestEvents.list(file, "structures").get(0).get("siret");
        long id = TestEvents.importEvent(file).jsonPath().getLong("id");
        browser.get(root + "console/events/" + id + "/structures");
        browser.findElement(By.id("add")).click();
        ConsoleBrowser.waitFor(browser, By.id("participant-form"));
        Axe.check(browser, "the new structure form");
        type("name", "Les Ateliers Lumière");
        new Select(browser.findElement(By.id("legalForm"))).selectByValue("EA");
        type("siret", siret);
        type("department", "93");
        type("sector", "nettoyage");
        type("contactName", "Inès Durand");
        type("email", "ines.durand-at-ateliers");
        type("unavailable-0-start", "11:00");
        type("unavailable-0-end", "11:30");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("problems"));

        WebElement email = browser.findElement(By.id("email"));
        assertEquals("true", email.getAttribute("aria-invalid"));
        assertTrue(email.getAttribute("aria-describedby").contains("email-problem"));
        assertEquals("« ines.durand-at-ateliers » n'est pas une adresse électronique valide", problem("email"));
        assertEquals("Les Ateliers Lumière", value("name"), "what was typed stays");
        assertEquals("11:00", value("unavailable-0-start"));
        Axe.check(browser, "the structure form with a problem");
        assertEquals(21, structures(id).size(), "nothing stored");

        type("email", "ines.durand@ateliers-lumiere.example.org");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("personal-link"));
        assertEquals("Structure « Les Ateliers Lumière » ajoutée, réf. S22.", text("notice"));
        Axe.check(browser, "a structure just added, with its personal link");
        Matcher link = Pattern.compile(".*/p/" + id + "/S22\\?token=(.+)").matcher(value("personal-link"));
        assertTrue(link.matches(), value("personal-link"));
        JsonPath added = TestEvents.participant(link.group(1)).get("/api/events/" + id + "/structures/S22")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("EA", added.getString("legalForm"));
        assertEquals("ines.durand@ateliers-lumiere.example.org", added.getString("email"));
        assertEquals("11:30", added.getString("unavailable[0].end"));

        browser.findElement(By.id("back")).click();
        ConsoleBrowser.waitFor(browser, By.id("count"));
        assertEquals("22 structures, 22 affichées", text("count"));
        assertEquals("Entreprise adaptée (EA)", row("S22").findElement(By.className("legal-form")).getText());
    }

    @Test
    void aBuyerEditedWithABadEmailIsRefusedNextToTheFieldThenSaved() {
        long id = TestEvents.importExample();
        String before = buyer(id, "B01").getString("email");
        browser.get(root + "console/events/" + id + "/buyers");
        row("B01").findElement(By.className("edit")).click();
        ConsoleBrowser.waitFor(browser, By.id("participant-form"));
        assertEquals(before, value("email"), "the stored buyer is in the form");
        Axe.check(browser, "the buyer form");
        type("email", "claire.martin.sans.arobase");
        type("maxMeetings", "beaucoup");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("problems"));
        assertEquals("« claire.martin.sans.arobase » n'est pas une adresse électronique valide", problem("email"));
        assertEquals("« beaucoup » n'est pas un nombre entier", problem("maxMeetings"), "all problems at once");
        assertEquals("claire.martin.sans.arobase", value("email"));
        Axe.check(browser, "the buyer form with problems");
        assertEquals(before, buyer(id, "B01").getString("email"), "nothing stored");

        // a table another buyer has is refused in words, what was typed stays
        organizer().body(Map.of("organization", "Ville de Paris", "contactName", "Julien Bernard",
                "email", "julien.bernard@acheteur2.example.org", "table", "T1")).put("/api/events/" + id + "/buyers/B02")
                .then().statusCode(200);
        type("email", "claire.martin@iledefrance.example.org");
        type("maxMeetings", "6");
        type("table", "T1");
        browser.findElement(By.id("save")).click();
        ConsoleBrowser.waitFor(browser, By.id("refusal"));
        assertTrue(text("refusal").contains("la table « T1 » est déjà attribuée à un autre acheteur"), text("refusal"));
        assertEquals("claire.martin@iledefrance.example.org", value("email"));
        assertEquals(before, buyer(id, "B01").getString("email"), "nothing stored");

        type("table", "T9");
        click("save");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Modifications de « Région Île-de-France — Direction des achats » enregistrées.", text("notice"));
        JsonPath saved = buyer(id, "B01");
        assertEquals("claire.martin@iledefrance.example.org", saved.getString("email"));
        assertEquals(6, saved.getInt("maxMeetings"));
        assertEquals("T9", saved.getString("table"));
        assertEquals("T9", row("B01").findElement(By.className("table-label")).getText());
    }

    @Test
    void aDeletionSaysWhatGoesWithItAndDeletesItAll() throws Exception {
        long id = TestEvents.importExample();
        JsonPath slot = organizer().get("/api/events/" + id + "/slots").jsonPath();
        organizer().body(Map.of("buyer", "B01", "structure", "S07", "date", slot.getString("[0].date"),
                "start", slot.getString("[0].start"))).post("/api/events/" + id + "/bookings").then().statusCode(201);
        JsonPath timetable = TestEvents.solve(id, false);
        int meetings = timetable.getList("meetings.findAll { it.structure == 'S07' }").size();
        assertTrue(meetings >= 1, "the booking is a meeting");

        browser.get(root + "console/events/" + id + "/structures/S07/edit");
        assertEquals("WAITLISTED", new Select(browser.findElement(By.id("pitch.status"))).getFirstSelectedOption()
                .getAttribute("value"), "the organizer's fields come back into the form");
        assertEquals("7", value("pitch.rank"));
        Axe.check(browser, "the structure form");
        browser.get(root + "console/events/" + id + "/structures");
        assertEquals(String.valueOf(meetings), row("S07").findElement(By.className("meetings")).getText());
        row("S07").findElement(By.className("delete")).click();
        ConsoleBrowser.waitFor(browser, By.id("goes-with"));
        assertEquals("9 demandes, 1 réservation, " + meetings + " rendez-vous du planning seront supprimés avec.",
                text("goes-with"));
        Axe.check(browser, "the deletion's confirmation");
        click("delete-submit");
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        assertEquals("Inscription de « Planète Sésame 92 » supprimée.", text("notice"));
        assertEquals("20 structures, 20 affichées", text("count"));
        organizer().get("/api/events/" + id + "/structures/S07").then().statusCode(404);
        assertEquals(List.of(), organizer().get("/api/events/" + id + "/bookings").jsonPath().getList("$"));
        assertEquals(List.of(), organizer().get("/api/events/" + id + "/timetable").jsonPath()
                .getList("meetings.findAll { it.structure == 'S07' }"));
    }

    private static JsonPath buyer(long id, String ref) {
        return organizer().get("/api/events/" + id + "/buyers/" + ref).then().statusCode(200).extract().jsonPath();
    }

    private static List<Object> structures(long id) {
        return organizer().get("/api/events/" + id + "/structures").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The filter button (a plain GET); choosing already refreshed the table through htmx: the caller waits for the count. */
    private static void submitFilters() {
        browser.findElement(By.id("filter")).click();
    }

    private static List<String> refs() {
        return browser.findElements(By.cssSelector("#participants tr.participant")).stream()
                .map(r -> r.getAttribute("data-ref")).toList();
    }

    private static WebElement row(String ref) {
        return browser.findElement(By.cssSelector("tr.participant[data-ref='" + ref + "']"));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The problem shown next to a field, without the word that tells a screen reader it is one. */
    private static String problem(String field) {
        String shown = text(field + "-problem");
        assertTrue(shown.startsWith("Erreur :"), shown);
        return shown.substring("Erreur :".length()).strip();
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static void click(String id) {
        String before = browser.getCurrentUrl();
        browser.findElement(By.id(id)).click();
        ConsoleBrowser.waitForNavigation(browser, before);
    }

    private static void waitForText(String id, String expected) {
        // htmx may swap the element between finding it and reading it: look again then
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && expected.equals(found.get(0).getText());
        });
    }
}
