package fr.openmap.timetable;

import fr.openmap.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.solve;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timetable for people: a CSV French Excel opens and an .xlsx, one row per meeting with names; names in the JSON export. */
@QuarkusTest
@Tag("persistence")
class TimetableSpreadsheetTest {

    @Test
    void theSolvedExampleComesOutAsCsvXlsxAndJsonWithNames() throws Exception {
        long eventId = TestEvents.importExample();
        organizer().get("/api/events/" + eventId + "/timetable/export.csv").then().statusCode(409)
                .body("error", equalTo("this event has no timetable yet: solve it first"));
        List<Map<String, Object>> meetings = solve(eventId, false).getList("meetings");
        Map<String, Object> first = meetings.get(0);

        Response csv = organizer().get("/api/events/" + eventId + "/timetable/export.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").matches("attachment; filename=\"planning-.*\\.csv\""));
        byte[] bytes = csv.asByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "a BOM first, for Excel");
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals("Date;Début;Fin;Table;Réf. acheteur;Acheteur;Service;Contact acheteur;Courriel acheteur;"
                + "Réf. structure;Structure;Contact structure;Courriel structure;Fixé", lines[0]);
        assertEquals(1 + 59, lines.length);
        assertTrue(lines[1].startsWith("17/05/2018;" + first.get("start") + ";" + first.get("end") + ";"
                + first.get("table") + ";" + first.get("buyer") + ";"), lines[1]);

        byte[] xlsx = organizer().get("/api/events/" + eventId + "/timetable/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(1 + 59, rows.size());
            assertEquals("Acheteur", rows.get(0).getCellText(5));
            assertEquals(first.get("buyer"), rows.get(1).getCellText(4));
        }

        Map<String, Object> exported = organizer().get("/api/events/" + eventId + "/timetable/export").then()
                .statusCode(200).extract().jsonPath().getMap("meetings.find { it.buyer == 'B01' }");
        assertEquals("Région Île-de-France — Direction des achats", exported.get("buyerName"));
        assertTrue(((String) exported.get("structureName")).length() > 0);
    }
}
