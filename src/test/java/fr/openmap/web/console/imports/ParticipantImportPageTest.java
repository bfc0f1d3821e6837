package fr.openmap.web.console.imports;

import fr.openmap.TestEvents;
import fr.openmap.spreadsheet.SpreadsheetApi;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spreadsheet import pages in a real browser: choose a file, preview it, change the mapping, import all or nothing. */
@QuarkusTest
class ParticipantImportPageTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String STRUCTURES_HEADER = "Raison sociale;Forme juridique;N° SIRET;Département;Secteur;Contact;E-mail";

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
    void aWindows1252CsvWithABadSiretIsRefusedNamingItsRowInFrenchThenTheFixedFileImportsEveryRow() throws Exception {
        long eventId = SpreadsheetApi.emptyEvent();
        String good = "Régie de quartier Élan;Association;92200594805165;75;nettoyage;Hélène Lefèvre;helene@elan.example.org";
        String baluchon = "Baluchon;EI;97796367728059;93;traiteur;Antoine Michel;antoine@baluchon.example.org";
        byte[] bad = windows1252(STRUCTURES_HEADER, good,
                "Les Cuistots Migrateurs;ESUS;94691178269704;93;traiteur;Inès Garcia;ines@cuistots.example.org", baluchon);

        browser.get(root + "console/events/" + eventId + "/structures/import");
        assertEquals("Importer des structures", browser.findElement(By.tagName("h1")).getText());
        Axe.check(browser, "the import's first step");
        choose(bad, "structures.csv");

        assertEquals("CSV séparé par des points-virgules (;), encodage Windows-1252 (CSV d'Excel)", text("format"));
        assertEquals("3 structures", text("row-count"));
        List<WebElement> problems = browser.findElements(By.cssSelector("li.import-problem"));
        assertEquals(1, problems.size(), () -> problems.stream().map(WebElement::getText).toList().toString());
        assertEquals("ligne 3, N° SIRET", problems.get(0).findElement(By.className("where")).getText());
        assertTrue(problems.get(0).getText().contains("SIRET"), problems.get(0).getText());
        // the cell at fault is marked in the preview and points to its problem
        WebElement fault = browser.findElement(By.cssSelector("#sample tr[data-row='3'] td.fault"));
        assertTrue(fault.getText().endsWith("94691178269704"), fault.getText());
        assertEquals(problems.get(0).getAttribute("id"), fault.getAttribute("aria-describedby"));
        assertEquals(1, browser.findElements(By.cssSelector("#sample td.fault")).size());
        assertEquals("Hélène Lefèvre", browser.findElement(By.cssSelector("#sample tr[data-row='2'] td:nth-of-type(6)")).getText(),
                "the accents of Windows-1252 are read");
        assertTrue(browser.findElements(By.id("import")).isEmpty(), "no import button while a problem remains");
        Axe.check(browser, "the preview with a problem");
        assertEquals(List.of(), TestEvents.organizer().get("/api/events/" + eventId + "/structures").jsonPath().getList("$"),
                "nothing written");

        // the organizer fixes the file and chooses it again from the preview
        byte[] fixed = windows1252(STRUCTURES_HEADER, good,
                "Les Cuistots Migrateurs;ESUS;94691178269703;93;traiteur;Inès Garcia;ines@cuistots.example.org", baluchon);
        choose(fixed, "structures-corrige.csv");
        assertEquals("Aucun problème : toutes les lignes peuvent être importées.", text("no-problems").replace('\u00A0', ' '));
        assertEquals("Importer 3 structures", text("import"));
        click("import");

        assertEquals("3 structures importées", text("done"));
        List<WebElement> links = browser.findElements(By.cssSelector("#links tbody tr"));
        assertEquals(List.of("S01", "S02", "S03"), links.stream().map(r -> r.getAttribute("data-ref")).toList());
        String link = links.get(1).findElement(By.className("personal-link")).getText();
        assertTrue(link.matches("https?://.+/p/" + eventId + "/S02\\?token=.+"), link);
        assertTrue(links.get(0).getText().contains("Régie de quartier Élan"), links.get(0).getText());
        assertEquals(root + "console/events/" + eventId + "/structures",
                browser.findElement(By.id("back-to-list")).getAttribute("href"));
        Axe.check(browser, "the import's result");

        List<Map<String, Object>> stored = organizer().get("/api/events/" + eventId + "/structures").jsonPath().getList("$");
        assertEquals(List.of("Régie de quartier Élan", "Les Cuistots Migrateurs", "Baluchon"),
                stored.stream().map(s -> s.get("name")).toList());
        assertEquals("ASSOCIATION", stored.get(0).get("legalForm"));
        assertEquals("Inès Garcia", stored.get(1).get("contactName"));
        // the link shown opens the participant's own page
        io.restassured.RestAssured.given().redirects().follow(false).get(link.substring(link.indexOf("/p/")))
                .then().statusCode(org.hamcrest.Matchers.lessThan(400));
    }

    @Test
    void aColumnsMappingChangedInThePreviewIsCheckedAgainAndUsedByTheImport() throws Exception {
        long eventId = SpreadsheetApi.emptyEvent();
        byte[] file = (String.join("\r\n", "Organisme;Qui;Courriel;Notes",
                "Ville de Paris;Julien Bernard;julien@paris.example.org;Direction de l'achat",
                "Région Île-de-France;Claire Martin;claire@region.example.org;Direction des achats") + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        browser.get(root + "console/events/" + eventId + "/buyers/import");
        choose(file, "acheteurs.csv");
        assertEquals("CSV séparé par des points-virgules (;), encodage UTF-8", text("format"));
        // "Qui" names no field: the contact is missing, and both unknown columns are ignored
        assertEquals("ignorer", selected("field-1"));
        assertEquals("ignorer", selected("field-3"));
        assertEquals("Courriel", selected("field-2"));
        String problem = browser.findElement(By.cssSelector("li.import-problem")).getText();
        assertTrue(problem.startsWith("ligne 1"), problem);
        assertTrue(problem.contains("contactName"), problem);
        Axe.check(browser, "the preview of a file with an unknown column");

        new Select(browser.findElement(By.id("field-1"))).selectByVisibleText("Contact");
        new Select(browser.findElement(By.id("field-3"))).selectByVisibleText("Service");
        click("recheck");
        assertEquals("Contact", selected("field-1"), "the choice stays");
        assertEquals("Service", selected("field-3"));
        assertTrue(browser.findElements(By.cssSelector("li.import-problem")).isEmpty());
        assertEquals("Importer 2 acheteurs", text("import"));

        // a mistake made after the check: the import is refused and the preview comes back with the reason
        new Select(browser.findElement(By.id("field-3"))).selectByVisibleText("Contact");
        click("import");
        assertEquals("L'import est refusé : rien n'a été enregistré. Voici chaque problème.",
                text("refusal").replace('\u00A0', ' '));
        List<String> problems = browser.findElements(By.cssSelector("li.import-problem")).stream().map(WebElement::getText).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("correspondance des colonnes") && p.contains("contactName")), problems.toString());
        assertEquals(List.of(), organizer().get("/api/events/" + eventId + "/buyers").jsonPath().getList("$"), "nothing written");

        new Select(browser.findElement(By.id("field-3"))).selectByVisibleText("Service");
        click("recheck");
        click("import");
        assertEquals("2 acheteurs importés", text("done"));
        List<Map<String, Object>> buyers = organizer().get("/api/events/" + eventId + "/buyers").jsonPath().getList("$");
        assertEquals(List.of("Julien Bernard", "Claire Martin"), buyers.stream().map(b -> b.get("contactName")).toList());
        assertEquals("Direction de l'achat", buyers.get(0).get("service"));
    }

    @Test
    void anXlsxFileIsPreviewedAndImported() throws Exception {
        long eventId = SpreadsheetApi.emptyEvent();
        List<List<Object>> rows = List.of(
                List.of("Organisme", "Service", "Nom du contact", "Adresse mail", "Centres d'intérêt"),
                List.of("Société du Grand Paris", "Achats", "Marie Dubois", "marie@sgp.example.org", "traiteur, cocktails"),
                List.of("Ville de Montreuil", "", "Paul Durand", "paul@montreuil.example.org", ""));
        browser.get(root + "console/events/" + eventId + "/buyers/import");
        choose(SpreadsheetApi.xlsx(rows), "acheteurs.xlsx");
        assertEquals("Excel (.xlsx)", text("format"));
        assertEquals("2 acheteurs", text("row-count"));
        assertEquals("Contact", selected("field-2"));
        assertEquals("Intérêts", selected("field-4"));
        assertEquals("Société du Grand Paris", browser.findElement(By.cssSelector("#sample tr[data-row='2'] td")).getText());
        Axe.check(browser, "the preview of an .xlsx file");
        click("import");
        assertEquals("2 acheteurs importés", text("done"));
        List<Map<String, Object>> buyers = organizer().get("/api/events/" + eventId + "/buyers").jsonPath().getList("$");
        assertEquals(List.of("traiteur", "cocktails"), buyers.get(0).get("interests"));
    }

    @Test
    void anUnreadableFileIsRefusedNextToTheFileField() throws Exception {
        long eventId = SpreadsheetApi.emptyEvent();
        browser.get(root + "console/events/" + eventId + "/buyers/import");
        click("preview");
        assertEquals("true", browser.findElement(By.id("file")).getAttribute("aria-invalid"));
        assertTrue(text("file-problem").contains("obligatoire"), text("file-problem"));
        choose(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}, "vieux.xls");
        assertTrue(text("file-problem").contains(".xls"), text("file-problem"));
        Axe.check(browser, "the first step with a problem");
    }

    @Test
    void onlyAFileHeldForThisEventAndKindIsPreviewedAgain() throws Exception {
        long eventId = SpreadsheetApi.emptyEvent();
        byte[] file = windows1252("Organisme;Contact;Courriel", "Ville de Paris;Julien Bernard;julien@paris.example.org");
        for (String forged : List.of(UUID.randomUUID().toString(), "../../token-secret")) {
            browser.get(root + "console/events/" + eventId + "/buyers/import");
            choose(file, "acheteurs.csv");
            // what comes back from the browser is an id of ours or nothing: another one is a file no longer there
            ((JavascriptExecutor) browser).executeScript("document.querySelector('input[name=held]').value = arguments[0]", forged);
            click("recheck");
            assertTrue(text("file-problem").contains("plus disponible"), text("file-problem"));
        }
        // the file held for the buyers is not the structures'
        browser.get(root + "console/events/" + eventId + "/buyers/import");
        choose(file, "acheteurs.csv");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('mapping-form').action = arguments[0]",
                "/console/events/" + eventId + "/structures/import");
        click("recheck");
        assertTrue(text("file-problem").contains("plus disponible"), text("file-problem"));
        assertEquals(List.of(), organizer().get("/api/events/" + eventId + "/structures").jsonPath().getList("$"));
    }

    @Test
    void thePreviewSpeaksEnglishWhenThePersonChoseIt() throws Exception {
        long eventId = SpreadsheetApi.emptyEvent();
        browser.get(root + "language/en?back=/console/events/" + eventId + "/structures/import");
        assertEquals("Import structures", browser.findElement(By.tagName("h1")).getText());
        choose(windows1252(STRUCTURES_HEADER,
                "Les Cuistots Migrateurs;ESUS;94691178269704;93;traiteur;Inès Garcia;ines@cuistots.example.org"), "structures.csv");
        assertEquals("CSV separated by semicolons (;), Windows-1252 (Excel's CSV) encoding", text("format"));
        assertEquals("1 structure", text("row-count"));
        assertEquals("Legal form", selected("field-1"));
        WebElement problem = browser.findElement(By.cssSelector("li.import-problem"));
        assertEquals("row 2, N° SIRET", problem.findElement(By.className("where")).getText());
        assertTrue(problem.getText().startsWith("row 2, N° SIRET: "), problem.getText());
        Axe.check(browser, "the preview in English");
    }

    /**
     * The "done when": the 17 May 2018 matinale created in the browser with its programme, its 9 buyers and
     * 21 structures imported from an .xlsx and from a French Excel CSV (each kind from each, in two events); the
     * event's export then has the example's buyers and structures (refs aside).
     */
    @Test
    void theMatinaleCreatedInTheBrowserGetsTheExamplesParticipantsFromAnXlsxAndAFrenchExcelCsv() throws Exception {
        Map<String, Object> example = TestEvents.read("demo/openmap-ess-2018-05-17.json");
        List<Map<String, Object>> buyers = TestEvents.list(example, "buyers");
        List<Map<String, Object>> structures = TestEvents.list(example, "structures");
        List<List<Object>> buyerRows = new ArrayList<>();
        buyerRows.add(List.of("Organisme", "Service", "Contact", "Courriel", "Intérêts", "Indisponibilités"));
        for (Map<String, Object> b : buyers) {
            buyerRows.add(Arrays.asList(b.get("organization"), b.getOrDefault("service", ""), b.get("contactName"), b.get("email"),
                    String.join(", ", strings(b.get("interests"))), windows(b.get("unavailable"))));
        }
        List<List<Object>> structureRows = new ArrayList<>();
        structureRows.add(List.of("Raison sociale", "Forme juridique", "N° SIRET", "Département", "Secteur", "Contact",
                "E-mail", "Représentants", "Indisponibilités", "Pitch", "Rang pitch"));
        for (Map<String, Object> s : structures) {
            @SuppressWarnings("unchecked")
            Map<String, Object> pitch = (Map<String, Object>) s.getOrDefault("pitch", Map.of());
            // digits as Excel keeps what is typed into a cell: numbers (a CSV writes them as they are)
            structureRows.add(Arrays.asList(s.get("name"), s.get("legalForm"), Long.parseLong((String) s.get("siret")),
                    Integer.parseInt((String) s.get("department")), s.get("sector"), s.get("contactName"), s.get("email"),
                    s.get("representatives"), windows(s.get("unavailable")), pitch.getOrDefault("status", ""),
                    pitch.getOrDefault("rank", "")));
        }

        for (boolean buyersFromExcel : List.of(true, false)) {
            long eventId = createTheMatinale(TestEvents.event(example));
            browser.findElement(By.id("import-buyers")).click(); // from the event's dashboard, as a person finds it
            ConsoleBrowser.waitFor(browser, By.id("file"));
            choose(buyersFromExcel ? SpreadsheetApi.xlsx(buyerRows) : excelCsv(buyerRows),
                    buyersFromExcel ? "acheteurs.xlsx" : "acheteurs.csv");
            assertEquals(buyersFromExcel ? "Excel (.xlsx)" : "CSV séparé par des points-virgules (;), encodage Windows-1252 (CSV d'Excel)",
                    text("format"));
            assertEquals("9 acheteurs", text("row-count"));
            click("import");
            assertEquals("9 acheteurs importés", text("done"));

            browser.get(root + "console/events/" + eventId);
            browser.findElement(By.id("import-structures")).click();
            ConsoleBrowser.waitFor(browser, By.id("file"));
            choose(buyersFromExcel ? excelCsv(structureRows) : SpreadsheetApi.xlsx(structureRows),
                    buyersFromExcel ? "structures.csv" : "structures.xlsx");
            assertEquals("21 structures", text("row-count"));
            click("import");
            assertEquals("21 structures importées", text("done"));

            Map<String, Object> exported = organizer().get("/api/events/" + eventId + "/export").then().statusCode(200)
                    .extract().jsonPath().getMap("$");
            assertEquals(withoutRefs(buyers), withoutRefs(TestEvents.list(exported, "buyers")));
            assertEquals(withoutRefs(structures), withoutRefs(TestEvents.list(exported, "structures")));
            Map<String, Object> event = TestEvents.event(exported);
            for (String key : List.of("title", "theme", "date", "timezone", "venue", "tables", "pitchPlaces", "programme")) {
                assertEquals(withoutNulls(TestEvents.event(example).get(key)), withoutNulls(event.get(key)), key);
            }
        }
    }

    /** The example's event typed into the event form and its programme editor; answers the new event's id. */
    @SuppressWarnings("unchecked")
    private long createTheMatinale(Map<String, Object> event) {
        browser.get(root + "console/events/new");
        type("title", (String) event.get("title"));
        type("slug", "matinale-" + UUID.randomUUID().toString().substring(0, 8));
        type("theme", (String) event.get("theme"));
        type("venue", (String) event.get("venue"));
        type("date", (String) event.get("date"));
        type("timezone", (String) event.get("timezone"));
        type("tables", String.valueOf(event.get("tables")));
        type("pitchPlaces", String.valueOf(event.get("pitchPlaces")));
        List<Map<String, Object>> programme = (List<Map<String, Object>>) event.get("programme");
        for (int i = 0; i < programme.size(); i++) {
            if (i > 0) {
                browser.findElement(By.id("add-item")).click();
                ConsoleBrowser.waitFor(browser, By.id("programme-" + i + "-kind"));
            }
            Map<String, Object> item = programme.get(i);
            String p = "programme-" + i + "-";
            new Select(browser.findElement(By.id(p + "kind"))).selectByValue((String) item.get("kind"));
            type(p + "title", (String) item.get("title"));
            type(p + "start", (String) item.get("start"));
            type(p + "end", (String) item.get("end"));
            if (item.containsKey("slotMinutes")) {
                type(p + "slotMinutes", String.valueOf(item.get("slotMinutes")));
                type(p + "changeoverMinutes", String.valueOf(item.get("changeoverMinutes")));
            }
        }
        browser.findElement(By.id("save")).click();
        ConsoleBrowser.waitFor(browser, By.id("notice"));
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/console/events/(\\d+).*", "$1"));
    }

    /** The participants as compared: refs aside, and the fields the example leaves out left out. */
    private static List<Object> withoutRefs(List<Map<String, Object>> participants) {
        return participants.stream().map(p -> {
            Map<String, Object> copy = new LinkedHashMap<>(p);
            copy.remove("ref");
            return withoutNulls(copy);
        }).toList();
    }

    /** A JSON value with the members that are null left out (the export writes them, the example does not). */
    @SuppressWarnings("unchecked")
    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, withoutNulls(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ParticipantImportPageTest::withoutNulls).toList();
        }
        return value;
    }

    /** Picks {@code content} as the file of the form on the page (written to a temporary file) and previews it. */
    private static void choose(byte[] content, String name) throws IOException {
        Path file = Files.createTempDirectory("import").resolve(name);
        Files.write(file, content);
        browser.findElement(By.id("file")).sendKeys(file.toString());
        click("preview");
    }

    /** French Excel's CSV: Windows-1252, CRLF; every character of the lines must exist in it. */
    private static byte[] windows1252(String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        assertTrue(WINDOWS_1252.newEncoder().canEncode(text), "the test's text fits Windows-1252");
        return text.getBytes(WINDOWS_1252);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    /** Unavailability windows as the spreadsheet writes them: {@code 12:00-12:30}, comma-separated. */
    @SuppressWarnings("unchecked")
    private static String windows(Object list) {
        Function<Map<String, Object>, String> window = w -> w.get("start") + "-" + w.get("end");
        return list == null ? "" : String.join(", ", ((List<Map<String, Object>>) list).stream().map(window).toList());
    }

    /** Rows as French Excel saves them as "CSV": {@code ;}, Windows-1252, CRLF. */
    private static byte[] excelCsv(List<List<Object>> rows) {
        return windows1252(rows.stream().map(r -> String.join(";", r.stream().map(ParticipantImportPageTest::csvCell).toList()))
                .toArray(String[]::new));
    }

    /** A CSV cell, quoted when it holds the separator or a quote. */
    private static String csvCell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String text(String id) {
        ConsoleBrowser.waitFor(browser, By.id(id));
        return browser.findElement(By.id(id)).getText();
    }

    private static String selected(String id) {
        return new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getText();
    }

    /** Clicks and waits for the page the click brings to be loaded. */
    private static void click(String id) {
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id(id));
    }
}
