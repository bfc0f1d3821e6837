package fr.openmap.spreadsheet;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import static fr.openmap.spreadsheet.SpreadsheetApi.csv;
import static fr.openmap.spreadsheet.SpreadsheetApi.emptyEvent;
import static fr.openmap.spreadsheet.SpreadsheetApi.list;
import static fr.openmap.spreadsheet.SpreadsheetApi.upload;
import static fr.openmap.spreadsheet.SpreadsheetApi.utf8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A spreadsheet is imported whole or not at all, every problem named by its row and its column as written. */
@QuarkusTest
@Tag("persistence")
class SpreadsheetRowProblemsTest {

    static final String HEADER = "Nom;Forme juridique;SIRET;Département;Contact;Courriel";

    @Test
    void oneBadSiretRefusesTheWholeFileAndNamesItsRowAndColumn() {
        long eventId = emptyEvent();
        byte[] file = csv(Charset.forName("windows-1252"), false, HEADER,
                "Baluchon;EI;97796367728059;93;Antoine Michel;antoine@baluchon.example.org",
                "Régie Élan;ASSOCIATION;92200594805166;75;Hélène Lefèvre;helene@elan.example.org",
                "Ateliers;SCOP;94691178269703;92;Luc Petit;luc@ateliers.example.org");
        upload(eventId, "structures", file).statusCode(422)
                .body("status", equalTo(422))
                .body("problems", hasSize(1))
                .body("problems[0].location", equalTo("row 3, SIRET"))
                .body("problems[0].message", equalTo("SIRET '92200594805166' fails the Luhn check (a digit is probably mistyped)"));
        assertEquals(List.of(), list(eventId, "structures"));
    }

    @Test
    void everyProblemOfEveryRowIsListedAndADryRunListsThemToo() {
        long eventId = emptyEvent();
        byte[] file = utf8(HEADER,
                "Baluchon;SA;97796367728059;93;Antoine Michel;antoine",
                ";EI;94691178269703;999;Luc Petit;luc@ateliers.example.org");
        List<String> locations = List.of("row 2, Forme juridique", "row 2, Courriel", "row 3, Nom", "row 3, Département");
        upload(eventId, "structures", file).statusCode(422).body("problems.location", equalTo(locations));
        upload(eventId, "structures", file, "structures.csv", true).statusCode(200)
                .body("written", equalTo(false)).body("problems.location", equalTo(locations));
        assertEquals(List.of(), list(eventId, "structures"));
    }

    @Test
    void aSiretThatExcelTurnedIntoANumberSaysToFormatTheColumnAsText() {
        long eventId = emptyEvent();
        byte[] file = utf8(HEADER, "Baluchon;EI;9,77964E+13;93;Antoine Michel;antoine@baluchon.example.org");
        upload(eventId, "structures", file).statusCode(422)
                .body("problems", hasSize(1))
                .body("problems[0].location", equalTo("row 2, SIRET"))
                .body("problems[0].message", containsString("format the SIRET column as text"));
    }

    @Test
    void aDepartementThatLostItsLeadingZeroGetsItBack() {
        long eventId = emptyEvent();
        byte[] file = utf8(HEADER,
                "Baluchon;EI;97796367728059;1;Antoine Michel;antoine@baluchon.example.org",
                "Corsica;EI;94691178269703;2A;Luc Petit;luc@corsica.example.org");
        upload(eventId, "structures", file).statusCode(201);
        assertEquals(List.of("01", "2A"), list(eventId, "structures").stream().map(s -> s.get("department")).toList());
    }

    @Test
    void duplicateEmailsAndSiretsWithinTheFileAreRefused() {
        long eventId = emptyEvent();
        byte[] file = utf8(HEADER,
                "Baluchon;EI;97796367728059;93;Antoine Michel;antoine@baluchon.example.org",
                "Baluchon bis;EI;977 963 677 28059;93;Antoine Michel;Antoine@Baluchon.example.org");
        upload(eventId, "structures", file).statusCode(422)
                .body("problems.location", equalTo(List.of("row 3, Courriel", "row 3, SIRET")))
                .body("problems[0].message", equalTo("the email Antoine@Baluchon.example.org is already on row 2"))
                .body("problems[1].message", equalTo("the SIRET 97796367728059 is already on row 2"));
    }

    @Test
    void anEmailOrSiretAlreadyInTheEventIsRefused() {
        long eventId = TestEvents.importExample();
        byte[] structures = utf8(HEADER, "Baluchon;EI;97796367728059;93;Antoine Michel;antoine@baluchon.example.org");
        upload(eventId, "structures", structures).statusCode(422)
                .body("problems[0].location", equalTo("row 2, SIRET"))
                .body("problems[0].message", equalTo("the SIRET 97796367728059 is already used by structure S01 (Baluchon) in this event"));
        byte[] buyers = utf8("Organisme;Contact;Courriel", "Région;Claire Martin;claire.martin@acheteur1.example.org");
        upload(eventId, "buyers", buyers).statusCode(422)
                .body("problems[0].location", equalTo("row 2, Courriel"))
                .body("problems[0].message", containsString("is already used by buyer B01 in this event"));
    }

    @Test
    void aRowBeyondTheLastTableRefusesTheFileAndTheRowsBeforeItAreNotKept() {
        long eventId = TestEvents.importExample(); // 9 buyers, 10 tables
        byte[] file = utf8("Organisme;Contact;Courriel",
                "Ville de Montreuil;Zoé Roux;zoe@montreuil.example.org",
                "Ville de Bobigny;Paul Moreau;paul@bobigny.example.org");
        upload(eventId, "buyers", file).statusCode(422)
                .body("problems.location", equalTo(List.of("row 3")))
                .body("problems[0].message", equalTo("all 10 tables already have a buyer: every buyer keeps one table"));
        List<Map<String, Object>> buyers = list(eventId, "buyers");
        assertEquals(9, buyers.size());
        assertEquals(false, buyers.stream().anyMatch(b -> "zoe@montreuil.example.org".equals(b.get("email"))));
    }

    @Test
    void aBadValueInAListNamesItsItem() {
        long eventId = emptyEvent();
        byte[] file = utf8("Organisme;Contact;Courriel;Indisponibilités;Rendez-vous max",
                "Ville;Zoé Roux;zoe@v.example.org;12:00-12:30, 14:00-13:00;trois");
        upload(eventId, "buyers", file).statusCode(422)
                .body("problems.location", equalTo(List.of("row 2, Rendez-vous max", "row 2, Indisponibilités")))
                .body("problems[0].message", equalTo("'trois' is not a whole number"))
                .body("problems[1].message", equalTo("item 2: ends at 13:00, which is not after its start 14:00"));
    }
}
