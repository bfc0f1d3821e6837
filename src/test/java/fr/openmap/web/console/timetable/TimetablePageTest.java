package fr.openmap.web.console.timetable;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timetable page in a real browser: build, follow and stop the solver, read the grids and the pairs left out. */
@QuarkusTest
class TimetablePageTest {

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
    void theExampleBuiltFromThePageShowsItsCountsEveryMeetingByNameAndThePairsLeftOutInFrench() {
        long eventId = TestEvents.importExample();
        browser.get(root + "console/events/" + eventId + "/timetable");
        assertEquals("Planning des rencontres", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Aucun planning n'a encore été calculé pour cet événement.", text("nothing-yet"));
        assertEquals("page", browser.findElement(By.cssSelector("nav.sections a[href$='/timetable']"))
                .getAttribute("aria-current"));
        Axe.check(browser, "the timetable page before any solve");

        browser.findElement(By.id("build")).click();
        // the example stops at its bound within seconds: the progress reloads the page by itself with the result
        waitLong(By.id("outcome"));
        JsonPath api = organizer().header("Accept-Language", "fr").get("/api/events/" + eventId + "/timetable")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("SOLVED", api.getString("status"));
        assertEquals("59", text("count-meetings"));
        assertEquals("21 sur 21", text("count-served"));
        assertEquals("0", text("count-idle"));
        assertEquals("183", text("count-weight"));
        assertEquals("Optimal : aucun planning ne peut faire mieux, la borne est atteinte.", text("optimality"));
        assertEquals("Par rapport aux agendas déjà envoyés : 0 rencontres déplacées, 0 annulées.", text("published"));

        // every meeting is in both grids, at its slot, by name, with its priority in text
        Map<String, String> structures = names("/api/events/" + eventId + "/structures", "name");
        Map<String, String> buyers = names("/api/events/" + eventId + "/buyers", "organization");
        List<String> slots = browser.findElements(By.cssSelector("#grid-buyers thead th.slot")).stream()
                .map(WebElement::getText).toList();
        assertEquals("11 h 00", slots.get(0));
        assertEquals("11 h 12", slots.get(1));
        List<Map<String, Object>> meetings = api.getList("meetings");
        assertEquals(59, meetings.size());
        for (Map<String, Object> m : meetings) {
            int column = slots.indexOf(frenchTime((String) m.get("start"))) + 2;
            WebElement byBuyer = browser.findElement(By.cssSelector("#grid-buyers tr[data-ref='" + m.get("buyer")
                    + "'] > :nth-child(" + column + ")"));
            assertEquals(structures.get(m.get("structure")), byBuyer.findElement(By.className("name")).getText(), m::toString);
            assertTrue(byBuyer.findElement(By.className("mark")).getText().matches("P[123]"), byBuyer.getText());
            assertTrue(byBuyer.getAttribute("class").contains("priority-" + byBuyer.findElement(By.className("mark"))
                    .getText().substring(1)), byBuyer.getAttribute("class"));
            WebElement byStructure = browser.findElement(By.cssSelector("#grid-structures tr[data-ref='" + m.get("structure")
                    + "'] > :nth-child(" + column + ")"));
            assertEquals(buyers.get(m.get("buyer")), byStructure.findElement(By.className("name")).getText(), m::toString);
            assertTrue(byStructure.getText().contains("table " + m.get("table")), byStructure.getText());
        }
        assertEquals(59, browser.findElements(By.cssSelector("#grid-buyers td.meeting")).size());
        assertEquals(59, browser.findElements(By.cssSelector("#grid-structures td.meeting")).size());
        assertTrue(browser.findElement(By.cssSelector("#grid-buyers tr[data-ref='B01'] th")).getText()
                .startsWith("Région Île-de-France"));

        // the pairs left out, each with the reason the API gives in French
        List<Map<String, Object>> unscheduled = api.getList("unscheduled");
        List<WebElement> rows = browser.findElements(By.cssSelector("#left-out tbody tr"));
        assertFalse(unscheduled.isEmpty());
        assertEquals(unscheduled.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> u = unscheduled.get(i);
            assertEquals(u.get("buyer"), rows.get(i).getAttribute("data-buyer"));
            assertEquals(buyers.get(u.get("buyer")), rows.get(i).findElement(By.cssSelector("td:nth-child(1)")).getText());
            assertEquals(structures.get(u.get("structure")), rows.get(i).findElement(By.cssSelector("td:nth-child(2)")).getText());
            assertEquals(u.get("reason"), rows.get(i).findElement(By.className("reason")).getText());
        }
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("refusé par")), "the reasons are in French");
        Axe.check(browser, "the timetable with its grids");

        // a buyer chosen narrows the grid by buyer and the pairs left out to them
        String someone = (String) unscheduled.get(0).get("buyer");
        new Select(browser.findElement(By.id("filter-buyer"))).selectByValue(someone);
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("filter")).click();
        ConsoleBrowser.waitForNavigation(browser, before);
        waitLong(By.id("clear-filters"));
        assertEquals(List.of(someone), browser.findElements(By.cssSelector("#grid-buyers tbody tr")).stream()
                .map(r -> r.getAttribute("data-ref")).toList());
        List<WebElement> narrowed = browser.findElements(By.cssSelector("#left-out tbody tr"));
        assertEquals(unscheduled.stream().filter(u -> someone.equals(u.get("buyer"))).count(), narrowed.size());
        assertTrue(narrowed.stream().allMatch(r -> someone.equals(r.getAttribute("data-buyer"))));
        assertEquals(21, browser.findElements(By.cssSelector("#grid-structures tbody tr")).size(),
                "the grid by structure keeps every structure");
    }

    @Test
    void buildingWhileTheSolverRunsIsRefusedInFrenchAndStopKeepsTheBestPlanFound() {
        long eventId = TestEvents.importEvent(TestEvents.withAnIdleSlotNoPlanAvoids()).jsonPath().getLong("id");
        browser.get(root + "console/events/" + eventId + "/timetable");
        // another organizer starts the solver meanwhile: it cannot reach its bound and runs until stopped
        organizer().post("/api/events/" + eventId + "/timetable/solve").then().statusCode(202);
        browser.findElement(By.id("build")).click();
        waitLong(By.id("refusal"));
        assertEquals("Rien n'a été changé : le planning de cet événement est déjà en cours de calcul ; arrêtez-le ou attendez",
                text("refusal"));
        assertTrue(browser.findElements(By.id("build")).isEmpty(), "no build button while solving");

        // the progress is polled: the best plan so far shows up without a reload
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                d.findElement(By.id("progress-text")).getText().contains("meilleur plan trouvé jusqu'ici"));
        String progress = text("progress-text");
        assertTrue(progress.matches("Depuis .+ s ; meilleur plan trouvé jusqu'ici : \\d+ rencontres\\."), progress);
        Axe.check(browser, "the timetable page while solving");

        browser.findElement(By.id("stop")).click();
        waitLong(By.id("outcome"));
        JsonPath api = organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200).extract().jsonPath();
        assertEquals("SOLVED", api.getString("status"));
        assertEquals(String.valueOf(api.getInt("counts.meetings")), text("count-meetings"));
        assertTrue(api.getInt("counts.idleSlots") >= 1);
        String optimality = text("optimality");
        assertTrue(optimality.startsWith("Pas prouvé optimal : la borne"), optimality);
        assertTrue(optimality.contains("aucun créneau creux"), optimality);
        assertTrue(browser.findElements(By.id("build")).size() == 1, "the timetable can be built again");
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00A0', ' ');
    }

    /** Waits generously: the machine is shared and the solver runs beside the browser. */
    private static void waitLong(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static String frenchTime(String clock) {
        LocalTime t = LocalTime.parse(clock);
        return t.getHour() + " h " + String.format("%02d", t.getMinute());
    }

    private static Map<String, String> names(String path, String field) {
        List<Map<String, Object>> all = organizer().get(path).then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, String> names = new HashMap<>();
        all.forEach(p -> names.put((String) p.get("ref"), (String) p.get(field)));
        return names;
    }
}
