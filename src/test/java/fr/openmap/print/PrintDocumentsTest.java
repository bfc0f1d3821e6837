package fr.openmap.print;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.day.CheckInCodes;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.TestEvents.participant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed documents of the bundled example (9 buyers, 21 structures) read back with PDFBox: a page per
 * participant, per table, per badge; the French date and the accented names in the text, DejaVu Sans embedded;
 * the QR codes decode to the personal page (with the participant's token) and to the check-in link.
 */
@QuarkusTest
class PrintDocumentsTest {

    @Inject
    CheckInCodes checkIn;

    @Test
    void beforeTheAgendasAreSentThereIsNothingToPrintAndTheAnswerSaysWhy() {
        long eventId = TestEvents.importExample();
        String noTimetable = organizer().header("Accept-Language", "fr").get(print(eventId, "agendas.pdf")).then().statusCode(409).extract()
                .jsonPath().getString("error");
        assertEquals("Rien à imprimer pour l'instant\u00a0: le planning n'est pas encore construit.", noTimetable);
        TestTimetables.fill(eventId, Set.of());
        for (String document : List.of("agendas.pdf", "agenda/B01.pdf", "table-signs.pdf", "wall-chart.pdf")) {
            String error = organizer().header("Accept-Language", "fr").get(print(eventId, document)).then().statusCode(409).extract()
                    .jsonPath().getString("error");
            assertTrue(error.startsWith("Rien à imprimer pour l'instant\u00a0: aucun agenda n'a été envoyé."), error);
        }
        // badges and the running order do not depend on the agendas
        organizer().get(print(eventId, "badges.pdf")).then().statusCode(200);
        organizer().get(print(eventId, "running-order.pdf")).then().statusCode(200);
    }

    @Test
    void theSentAgendasPrintOnePagePerParticipantSortedByNameWithAccentsAndTheQrCodeOpensTheirPersonalPage() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        // a change after the send is not printed: paper shows what was sent
        List<TestTimetables.Meeting> sent = TestTimetables.meetings(eventId);
        TestTimetables.Meeting b01 = sent.stream().filter(m -> m.buyer().equals("B01")).findFirst().orElseThrow();
        TestTimetables.remove(eventId, b01.buyer(), b01.structure());

                Response booklet = organizer().get(print(eventId, "agendas.pdf"));
        booklet.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"agendas-"));
        try (PdfPages pages = new PdfPages(booklet.asByteArray())) {
            assertEquals(30, pages.count());
            List<String> texts = pages.texts();
            texts.forEach(t -> assertTrue(t.contains("jeudi 17 mai 2018"), t));
            List<String> names = new ArrayList<>();
            TestEvents.list(TestEvents.example(), "buyers").forEach(b -> names.add((String) b.get("organization")));
            TestEvents.list(TestEvents.example(), "structures").forEach(s -> names.add((String) s.get("name")));
            names.sort(Collator.getInstance(Locale.FRENCH));
            for (int i = 0; i < names.size(); i++) {
                assertTrue(texts.get(i).contains("Agenda de " + names.get(i)), i + ": " + texts.get(i));
            }
            String region = texts.stream().filter(t -> t.contains("Agenda de Région Île-de-France")).findFirst().orElseThrow();
            assertTrue(region.contains(structureName(b01.structure())), "the meeting removed after the send is printed");
            assertTrue(String.join(" ", texts).contains("ESAT Mosaïc Services"));
            assertTrue(pages.fonts(0).keySet().stream().allMatch(f -> f.contains("DejaVuSans")), pages.fonts(0).toString());
            assertTrue(pages.fonts(0).values().stream().allMatch(embedded -> embedded), pages.fonts(0).toString());
            assertEquals(210, pages.sizeMm(0)[0]);
            assertEquals(297, pages.sizeMm(0)[1]);
        }

        String token = TestEvents.tokenOf(imported, "B01");
        byte[] own = participant(token).get(print(eventId, "agenda/B01.pdf")).then().statusCode(200).extract().asByteArray();
        try (PdfPages agenda = new PdfPages(own)) {
            assertEquals(1, agenda.count());
            assertTrue(agenda.text(0).contains("Agenda de Région Île-de-France"), agenda.text(0));
            assertTrue(agenda.text(0).contains("Claire Martin"), agenda.text(0));
            assertTrue(agenda.text(0).contains("11 h 00"), agenda.text(0));
            assertEquals("http://localhost:8080/p/" + eventId + "/B01?token=" + token, agenda.qrCode(0));
        }
        participant(TestEvents.tokenOf(imported, "B02")).get(print(eventId, "agenda/B01.pdf")).then().statusCode(404);
        organizer().get(print(eventId, "agenda/B99.pdf")).then().statusCode(404);
    }

    @Test
    void tableSignsWallChartBadgesAndRunningOrderHoldWhatTheRoomNeeds() {
        Response imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);

        try (PdfPages signs = new PdfPages(pdf(eventId, "table-signs.pdf"))) {
            assertEquals(9, signs.count());
            for (int i = 0; i < 9; i++) {
                assertTrue(signs.landscape(i));
                String table = String.valueOf(i + 1);
                String text = signs.text(i);
                assertTrue(text.startsWith("Table " + table + " "), text);
                long atTable = meetings.stream().filter(m -> m.table().equals(table)).count();
                assertTrue(atTable > 0);
                for (TestTimetables.Meeting m : meetings.stream().filter(m -> m.table().equals(table)).toList()) {
                    assertTrue(text.contains(shortTime(m.start()) + "–" + shortTime(m.end()) + " " + structureName(m.structure())),
                            m + " on " + text);
                }
            }
            assertTrue(signs.text(0).contains("Région Île-de-France"), signs.text(0));
        }

        try (PdfPages chart = new PdfPages(pdf(eventId, "wall-chart.pdf"))) {
            String all = String.join(" ", chart.texts());
            assertTrue(chart.landscape(0));
            assertTrue(all.contains("Plan de salle"), all);
            assertTrue(all.contains("jeudi 17 mai 2018"), all);
            for (int t = 1; t <= 9; t++) {
                assertTrue(all.contains("Table " + t), all);
            }
            assertTrue(all.contains("11 h 00–11 h 10"), all);
            assertTrue(all.contains("Baluchon") && all.contains("Ville de Paris"), all);
        }

        try (PdfPages badges = new PdfPages(pdf(eventId, "badges.pdf"))) {
            assertEquals(30, badges.count());
            List<String> texts = badges.texts();
            String helene = texts.stream().filter(t -> t.contains("Hélène Simon")).findFirst().orElseThrow();
            assertTrue(helene.contains("Acheteur public") && helene.contains("Paris 2024"), helene);
            assertEquals(9, texts.stream().filter(t -> t.startsWith("Acheteur public")).count());
            assertEquals(21, texts.stream().filter(t -> t.startsWith("Structure de l'ESS")).count());
            String code = checkIn.codeOf(eventId, "B07");
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{8}"), code);
            assertTrue(helene.contains("Code d'accueil " + code), helene);
            int page = texts.indexOf(helene);
            assertEquals("http://localhost:8080/console/events/" + eventId + "/day/check-in/" + code, badges.qrCode(page));
        }

        try (PdfPages order = new PdfPages(pdf(eventId, "running-order.pdf"))) {
            String text = order.text(0);
            assertTrue(text.contains("Ordre de passage des pitches"), text);
            assertTrue(text.contains("1 10 h 15–10 h 22 Baluchon"), text);
        }
    }

    private static String structureName(String ref) {
        return (String) TestEvents.list(TestEvents.example(), "structures").stream()
                .filter(s -> ref.equals(s.get("ref"))).findFirst().map(s -> s.get("name")).orElseThrow();
    }

    private static String shortTime(LocalTime time) {
        return time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    private static byte[] pdf(long eventId, String document) {
        return organizer().get(print(eventId, document)).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
    }

    private static String print(long eventId, String document) {
        return "/api/events/" + eventId + "/print/" + document;
    }
}
