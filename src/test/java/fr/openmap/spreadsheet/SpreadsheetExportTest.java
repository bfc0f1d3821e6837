package fr.openmap.spreadsheet;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.spreadsheet.SpreadsheetApi.download;
import static fr.openmap.spreadsheet.SpreadsheetApi.emptyEvent;
import static fr.openmap.spreadsheet.SpreadsheetApi.list;
import static fr.openmap.spreadsheet.SpreadsheetApi.row;
import static fr.openmap.spreadsheet.SpreadsheetApi.upload;
import static fr.openmap.spreadsheet.SpreadsheetApi.utf8;
import static fr.openmap.spreadsheet.SpreadsheetApi.xlsx;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports open in French Excel, and an exported file imports back into a fresh event unchanged. */
@QuarkusTest
@Tag("persistence")
class SpreadsheetExportTest {

    @Test
    void theCsvHasABomSemicolonsCrlfFrenchHeadersAndQuotesWhenNeeded() {
        long eventId = emptyEvent();
        upload(eventId, "structures", utf8("Nom;Forme juridique;SIRET;Département;Contact;Courriel",
                "\"Les Cuistots; Migrateurs\";ESUS;94691178269703;93;Inès Garcia;ines@cuistots.example.org")).statusCode(201);
        given().auth().preemptive().basic("organizer", "test-secret").queryParam("kind", "structures")
                .get("/api/events/" + eventId + "/participants/export.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"structures-test-"));
        byte[] bytes = download(eventId, "structures", "csv");
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Réf;Nom;Forme juridique;SIRET;Département;Secteur;Contact;Courriel;Représentants;"
                + "Indisponibilités;Rendez-vous max;Pitch;Rang pitch;Langue\r\n"
                + "S01;\"Les Cuistots; Migrateurs\";ESUS;94691178269703;93;;Inès Garcia;ines@cuistots.example.org;1;;;;;\r\n", text);
    }

    @Test
    void csvExportsOfTheExampleImportBackIntoAFreshEventUnchanged() {
        roundTrip("csv");
    }

    @Test
    void xlsxExportsOfTheExampleImportBackIntoAFreshEventUnchanged() {
        roundTrip("xlsx");
    }

    private static void roundTrip(String extension) {
        long original = TestEvents.importExample();
        long copy = emptyEvent();
        for (String kind : List.of("buyers", "structures")) {
            byte[] file = download(original, kind, extension);
            upload(copy, kind, file, kind + "." + extension, false).statusCode(201)
                    .body("format", startsWith(extension.equals("csv") ? "csv;" : "xlsx"));
            assertEquals(list(original, kind), list(copy, kind), kind);
        }
        // the example has what a spreadsheet must carry: windows, pitch statuses and ranks
        assertTrue(list(copy, "structures").stream().anyMatch(s -> s.get("pitch") != null));
        assertTrue(list(copy, "buyers").stream().anyMatch(b -> !((List<?>) b.get("unavailable")).isEmpty()));
    }

    @Test
    void theExamplesParticipantsTypedInExcelWithoutRefsBecomeTheExamplesParticipants() {
        Map<String, Object> example = TestEvents.example();
        long eventId = emptyEvent();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Raison sociale", "Forme juridique", "SIRET", "Département", "Secteur", "Contact", "E-mail",
                "Représentants", "Statut pitch", "Rang pitch"));
        for (Map<String, Object> s : TestEvents.list(example, "structures")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> pitch = (Map<String, Object>) s.get("pitch");
            rows.add(row(s.get("name"), s.get("legalForm"), Long.parseLong((String) s.get("siret")),
                    Integer.parseInt((String) s.get("department")), s.get("sector"), s.get("contactName"), s.get("email"),
                    s.get("representatives"), pitch == null ? "" : pitch.get("status"),
                    pitch == null || pitch.get("rank") == null ? "" : pitch.get("rank")));
        }
        upload(eventId, "structures", xlsx(rows), "structures.xlsx", false).statusCode(201).body("rows", equalTo(21));
        List<Map<String, Object>> expected = TestEvents.list(example, "structures");
        List<Map<String, Object>> imported = list(eventId, "structures");
        assertEquals(expected.size(), imported.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(withoutEmptyLists(expected.get(i)), withoutEmptyLists(imported.get(i)));
        }
    }

    /** The example writes {@code "unavailable": []}, the API leaves empty lists out or writes them: compare the rest. */
    private static Map<String, Object> withoutEmptyLists(Map<String, Object> participant) {
        Map<String, Object> copy = new HashMap<>(participant);
        copy.values().removeIf(v -> v instanceof List<?> l && l.isEmpty());
        return copy;
    }
}
