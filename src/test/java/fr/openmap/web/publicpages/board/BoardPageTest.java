package fr.openmap.web.publicpages.board;

import fr.openmap.TestEvents;
import fr.openmap.agenda.TestTimetables;
import fr.openmap.clock.TestClock;
import fr.openmap.event.Event;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.registration.Structure;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.openmap.TestEvents.organizer;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live board at the venue, in a real browser, before, during and after the meetings of 17 May 2018 (Paris, UTC+2). */
@QuarkusTest
class BoardPageTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    TestClock clock;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(1920, 1080));
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theBoardFollowsTheMorningFromThePublishedAgendas() {
        Map<String, Object> file = TestEvents.example();
        String slug = (String) TestEvents.event(file).get("slug");
        long eventId = TestEvents.importEvent(file).jsonPath().getLong("id");
        List<TestTimetables.Meeting> meetings = TestTimetables.fill(eventId, Set.of());
        String board = root + "e/" + slug + "/board";

        // nothing sent yet: the board says so, and shows no pair
        clock.set(Instant.parse("2018-05-17T09:05:00Z"));
        browser.get(board);
        assertEquals("Les agendas n'ont pas encore été envoyés.", browser.findElement(By.id("board-status")).getText());
        assertTrue(browser.findElements(By.cssSelector("table.board-pairs")).isEmpty());

        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        Map<String, String> names = new HashMap<>();
        List<String> personal = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            Event event = Event.findById(eventId);
            List<Participant> all = new ArrayList<>(Buyer.<Buyer>list("event", event));
            all.addAll(Structure.<Structure>list("event", event));
            all.forEach(p -> {
                names.put(p.ref, p.displayName());
                personal.add(p.email);
                personal.add(p.contactName);
            });
        });

        // before: when it starts, and the first slot's tables so that people find theirs
        clock.set(Instant.parse("2018-05-17T08:30:00Z")); // 10:30 in Paris
        browser.get(board);
        assertEquals("Les rencontres commencent à 11 h 00.", browser.findElement(By.id("board-status")).getText());
        assertTrue(browser.findElements(By.id("current")).isEmpty());
        assertEquals("Créneau suivant, à 11 h 00", browser.findElement(By.id("next-heading")).getText());
        assertPairs(meetings, names, LocalTime.of(11, 0), "next-pairs");
        assertNothingPersonal(personal);
        Axe.check(browser, "the live board before the meetings");

        // during: 11:05, the 11:00 slot and the one at 11:12
        clock.set(Instant.parse("2018-05-17T09:05:00Z"));
        browser.get(board);
        assertTrue(browser.findElements(By.id("board-status")).isEmpty());
        assertEquals("En ce moment, jusqu'à 11 h 10", browser.findElement(By.id("current-heading")).getText());
        assertPairs(meetings, names, LocalTime.of(11, 0), "current-pairs");
        assertEquals("Créneau suivant, à 11 h 12", browser.findElement(By.id("next-heading")).getText());
        assertPairs(meetings, names, LocalTime.of(11, 12), "next-pairs");
        assertEquals("Mis à jour à 11 h 05", browser.findElement(By.id("board-updated")).getText());
        // it refreshes itself through htmx, no script of its own
        WebElement live = browser.findElement(By.id("live"));
        assertEquals("/e/" + slug + "/board/now", live.getAttribute("hx-get"));
        assertEquals("every 20s", live.getAttribute("hx-trigger"));
        assertNothingPersonal(personal);
        Axe.check(browser, "the live board during the meetings");

        // the part htmx re-reads follows the clock: in the changeover at 11:11, the next slot
        clock.set(Instant.parse("2018-05-17T09:11:00Z"));
        String part = given().get(board + "/now").then().statusCode(200).extract().asString();
        assertTrue(part.contains("Changement de table : prochain créneau à 11 h 12"), part);
        assertFalse(part.contains("<html"), part);

        // after: over; and in English for an English screen
        clock.set(Instant.parse("2018-05-17T11:00:00Z"));
        browser.get(board);
        assertEquals("Les rencontres sont terminées. Merci à toutes et à tous !", browser.findElement(By.id("board-status")).getText());
        assertTrue(browser.findElements(By.cssSelector("table.board-pairs")).isEmpty());
        Axe.check(browser, "the live board after the meetings");
        browser.get(root + "language/en?back=/e/" + slug + "/board");
        assertEquals("Networking is over. Thank you all!", browser.findElement(By.id("board-status")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        browser.get(root + "language/fr?back=/e/" + slug + "/board");

        // a tablet
        browser.manage().window().setSize(new Dimension(1024, 768));
        clock.set(Instant.parse("2018-05-17T09:05:00Z"));
        browser.get(board);
        Axe.check(browser, "the live board on a tablet");
        browser.manage().window().setSize(new Dimension(1920, 1080));
    }

    @Test
    void anUnknownEventIsNotFound() {
        given().get(root + "e/no-such-event/board").then().statusCode(404);
    }

    private static void assertPairs(List<TestTimetables.Meeting> meetings, Map<String, String> names, LocalTime start, String table) {
        List<TestTimetables.Meeting> expected = meetings.stream().filter(m -> m.start().equals(start))
                .sorted(java.util.Comparator.comparingInt(m -> Integer.parseInt(m.table()))).toList();
        assertFalse(expected.isEmpty());
        List<WebElement> rows = browser.findElements(By.cssSelector("#" + table + " tbody tr"));
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < expected.size(); i++) {
            TestTimetables.Meeting m = expected.get(i);
            assertEquals(m.table(), rows.get(i).findElement(By.className("table")).getText());
            assertEquals(names.get(m.buyer()), rows.get(i).findElement(By.className("buyer")).getText());
            assertEquals(names.get(m.structure()), rows.get(i).findElement(By.className("structure")).getText());
        }
    }

    private static void assertNothingPersonal(List<String> personal) {
        String html = browser.getPageSource();
        for (String s : personal) {
            assertFalse(html.contains(s), "the board shows " + s);
        }
        assertFalse(html.contains("@"), "an email address on the board");
    }
}
