package fr.openmap.spreadsheet;

import fr.openmap.TestEvents;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test helpers: spreadsheets built in the test, uploaded and downloaded as the organizer. */
public final class SpreadsheetApi {

    private SpreadsheetApi() {
    }

    /** The example event without participants, requests or bookings (10 tables). */
    public static long emptyEvent() {
        Map<String, Object> file = TestEvents.example();
        file.put("buyers", List.of());
        file.put("structures", List.of());
        file.put("requests", List.of());
        file.put("bookings", List.of());
        return TestEvents.importEvent(file).jsonPath().getLong("id");
    }

    /** The organizer's multipart upload, with the CSRF token every form carries (cookie and field). */
    static RequestSpecification form() {
        String csrf = given().auth().preemptive().basic("organizer", "test-secret").get("/api/events")
                .then().statusCode(200).extract().cookie("csrf-token");
        return given().auth().preemptive().basic("organizer", "test-secret")
                .cookie("csrf-token", csrf).multiPart("csrf-token", csrf);
    }

    static ValidatableResponse upload(long eventId, String kind, byte[] file, String fileName, boolean dryRun) {
        return form().multiPart("file", fileName, file, "application/octet-stream")
                .queryParam("kind", kind).queryParam("dryRun", dryRun)
                .post("/api/events/" + eventId + "/participants/import").then();
    }

    static ValidatableResponse upload(long eventId, String kind, byte[] file) {
        return upload(eventId, kind, file, "participants", false);
    }

    static byte[] download(long eventId, String kind, String extension) {
        return given().auth().preemptive().basic("organizer", "test-secret").queryParam("kind", kind)
                .get("/api/events/" + eventId + "/participants/export." + extension)
                .then().statusCode(200).extract().asByteArray();
    }

    static List<Map<String, Object>> list(long eventId, String kind) {
        return TestEvents.organizer().get("/api/events/" + eventId + "/" + kind).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** Lines joined with CRLF, in {@code charset}, with a UTF-8 BOM first when {@code bom}. */
    static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] text = String.join("\r\n", lines).concat("\r\n").getBytes(charset);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    static byte[] utf8(String... lines) {
        return csv(StandardCharsets.UTF_8, false, lines);
    }

    /** An .xlsx of one sheet; a cell that is a {@link Number} is written as a number, as Excel stores typed digits. */
    public static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Feuil1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(List.of(cells));
    }
}
