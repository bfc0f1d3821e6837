package fr.openmap.spreadsheet;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.openmap.spreadsheet.SpreadsheetApi.csv;
import static fr.openmap.spreadsheet.SpreadsheetApi.emptyEvent;
import static fr.openmap.spreadsheet.SpreadsheetApi.list;
import static fr.openmap.spreadsheet.SpreadsheetApi.row;
import static fr.openmap.spreadsheet.SpreadsheetApi.upload;
import static fr.openmap.spreadsheet.SpreadsheetApi.utf8;
import static fr.openmap.spreadsheet.SpreadsheetApi.xlsx;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each kind of file an organizer has imports, with its columns guessed from French or English headers. */
@QuarkusTest
@Tag("persistence")
class SpreadsheetImportTest {

    @Test
    void aFrenchExcelCsvInUtf8WithBomAndSemicolonsImportsEveryStructure() {
        long eventId = emptyEvent();
        byte[] file = csv(StandardCharsets.UTF_8, true,
                "Raison sociale;Forme juridique;N° SIRET;Département;Secteur;Contact;E-mail;Représentants",
                "Baluchon;EI;977 963 677 28059;93;restauration / traiteur;Antoine Michel;contact1@baluchon.example.org;2",
                "\"Les Cuistots; Migrateurs\";Entreprise solidaire d'utilité sociale (ESUS);94691178269703;93;traiteur;Inès Garcia;ines@cuistots.example.org;1");
        upload(eventId, "structures", file).statusCode(201)
                .body("format", equalTo("csv;")).body("rows", equalTo(2)).body("written", equalTo(true))
                .body("tokens.ref", equalTo(List.of("S01", "S02")))
                .body("mapping.field", equalTo(List.of("name", "legalForm", "siret", "department", "sector",
                        "contactName", "email", "representatives")));
        List<Map<String, Object>> structures = list(eventId, "structures");
        assertEquals(List.of("Baluchon", "Les Cuistots; Migrateurs"), structures.stream().map(s -> s.get("name")).toList());
        assertEquals("97796367728059", structures.get(0).get("siret"));
        assertEquals(2, structures.get(0).get("representatives"));
        assertEquals("ESUS", structures.get(1).get("legalForm"));
        assertEquals("Inès Garcia", structures.get(1).get("contactName"));
    }

    @Test
    void aUtf8CsvWithCommasAndNoBomImportsBuyersWithTheirInterests() {
        long eventId = emptyEvent();
        byte[] file = utf8("Organisme,Service,Contact,Courriel,Intérêts,Indisponibilités",
                "Région Île-de-France,Direction des achats,Claire Martin,claire@region.example.org,\"traiteur, cocktails\",12:00-12:30",
                "Ville de Paris,,Julien Bernard,julien@paris.example.org,,");
        upload(eventId, "buyers", file).statusCode(201).body("format", equalTo("csv,"))
                .body("tokens.ref", equalTo(List.of("B01", "B02")));
        List<Map<String, Object>> buyers = list(eventId, "buyers");
        assertEquals("Région Île-de-France", buyers.get(0).get("organization"));
        assertEquals(List.of("traiteur", "cocktails"), buyers.get(0).get("interests"));
        assertEquals(List.of(Map.of("start", "12:00", "end", "12:30")), buyers.get(0).get("unavailable"));
        assertEquals(null, buyers.get(1).get("service"));
    }

    @Test
    void aWindows1252CsvKeepsItsAccents() {
        long eventId = emptyEvent();
        byte[] file = csv(Charset.forName("windows-1252"), false,
                "Nom;Forme juridique;SIRET;Département;Contact;Courriel",
                "Régie de quartier Élan;ASSOCIATION;92200594805165;75;Hélène Lefèvre;helene@elan.example.org");
        upload(eventId, "structures", file).statusCode(201);
        Map<String, Object> structure = list(eventId, "structures").get(0);
        assertEquals("Régie de quartier Élan", structure.get("name"));
        assertEquals("Hélène Lefèvre", structure.get("contactName"));
    }

    @Test
    void aTabSeparatedFileWithEnglishHeadersImports() {
        long eventId = emptyEvent();
        byte[] file = utf8("Organization\tContact name\tE-mail\tMax meetings\tLanguage",
                "Société du Grand Paris\tMarie Dubois\tmarie@sgp.example.org\t6\tEN");
        upload(eventId, "buyers", file).statusCode(201).body("format", equalTo("csv-tab"));
        Map<String, Object> buyer = list(eventId, "buyers").get(0);
        assertEquals("Société du Grand Paris", buyer.get("organization"));
        assertEquals(6, buyer.get("maxMeetings"));
        assertEquals("en", buyer.get("language"));
    }

    @Test
    void anXlsxKeepsSiretsTypedAsNumbersAndRestoresLeadingZeros() {
        long eventId = emptyEvent();
        byte[] file = xlsx(List.of(
                row("Nom", "Forme juridique", "SIRET", "Département", "Contact", "Courriel", "Représentants"),
                row("Baluchon", "EI", 97796367728059L, 1, "Antoine Michel", "antoine@baluchon.example.org", 2),
                row("Ateliers", "scop", "92200594805165", "2A", "Luc Petit", "luc@ateliers.example.org", 1)));
        upload(eventId, "structures", file, "structures.xlsx", false).statusCode(201).body("format", equalTo("xlsx"));
        List<Map<String, Object>> structures = list(eventId, "structures");
        assertEquals("97796367728059", structures.get(0).get("siret"));
        assertEquals("01", structures.get(0).get("department"));
        assertEquals(2, structures.get(0).get("representatives"));
        assertEquals("2A", structures.get(1).get("department"));
        assertEquals("SCOP", structures.get(1).get("legalForm"));
    }

    @Test
    void aDryRunAnswersTheMappingAndTheRowsAndWritesNothing() {
        long eventId = emptyEvent();
        byte[] file = utf8("Organisme;Contact;Courriel;Remarques",
                "Ville de Montreuil;Zoé Roux;zoe@montreuil.example.org;vient à 10 h",
                "Département 93;Paul Moreau;paul@cd93.example.org;");
        upload(eventId, "buyers", file, "buyers.csv", true).statusCode(200)
                .body("rows", equalTo(2)).body("written", equalTo(false)).body("problems", hasSize(0))
                .body("tokens", hasSize(0))
                .body("mapping.column", equalTo(List.of("Organisme", "Contact", "Courriel", "Remarques")))
                .body("mapping.field", equalTo(java.util.Arrays.asList("organization", "contactName", "email", null)));
        assertEquals(List.of(), list(eventId, "buyers"));
    }

    @Test
    void theOrganizerCanSayWhichColumnHoldsAField() {
        long eventId = emptyEvent();
        byte[] file = utf8("Organisme;Qui;Courriel;Contact",
                "Ville de Montreuil;Zoé Roux;zoe@montreuil.example.org;standard");
        SpreadsheetApi.form().multiPart("file", "buyers.csv", file, "text/csv")
                .multiPart("mapping", "{\"Qui\": \"contactName\", \"Contact\": \"\"}")
                .queryParam("kind", "buyers")
                .post("/api/events/" + eventId + "/participants/import").then().statusCode(201)
                .body("mapping.field", equalTo(java.util.Arrays.asList("organization", "contactName", "email", null)));
        assertEquals("Zoé Roux", list(eventId, "buyers").get(0).get("contactName"));
    }

    @Test
    void aScriptMaySendTheFileAsTheBodyWithoutAForm() {
        long eventId = emptyEvent();
        given().auth().preemptive().basic("organizer", "test-secret").contentType("text/csv")
                .body(utf8("Organisme;Contact;Courriel", "Ville de Montreuil;Zoé Roux;zoe@montreuil.example.org"))
                .queryParam("kind", "buyers")
                .post("/api/events/" + eventId + "/participants/import").then().statusCode(201)
                .body("tokens.ref", equalTo(List.of("B01")));
        assertEquals("Zoé Roux", list(eventId, "buyers").get(0).get("contactName"));
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
        long eventId = emptyEvent();
        given().auth().preemptive().basic("organizer", "test-secret")
                .multiPart("file", "buyers.csv", utf8("Organisme;Contact;Courriel", "Ville;Zoé;zoe@v.example.org"), "text/csv")
                .queryParam("kind", "buyers")
                .post("/api/events/" + eventId + "/participants/import").then().statusCode(400);
        assertEquals(List.of(), list(eventId, "buyers"));
    }

    @Test
    void aFileWithoutARequiredColumnSaysWhichOneIsMissing() {
        long eventId = emptyEvent();
        upload(eventId, "structures", utf8("Nom;Contact;Courriel", "Baluchon;Antoine;a@b.example.org")).statusCode(422)
                .body("problems.location", equalTo(List.of("row 1", "row 1", "row 1")))
                .body("problems[0].message", equalTo("no column holds legalForm: name one «Forme juridique» or choose which column holds it"));
    }

    @Test
    void somethingElseThanASpreadsheetIsRefusedAtFile() {
        long eventId = emptyEvent();
        upload(eventId, "buyers", new byte[0]).statusCode(422).body("problems[0].location", equalTo("file"));
        upload(eventId, "people", utf8("Nom", "x")).statusCode(422).body("problems[0].location", equalTo("kind"));
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        upload(eventId, "buyers", oldExcel).statusCode(422)
                .body("problems[0].message", equalTo("is an old Excel file (.xls): save it as .xlsx or as CSV and send it again"));
    }
}
