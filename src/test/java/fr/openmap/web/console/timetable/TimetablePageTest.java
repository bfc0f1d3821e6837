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
        assertTrue(browser.findElements(By.id("notice")).isEmpty(), "once solved, the page no longer says it started");
        JsonPath api = organizer().header("Accept-Language", "fr").get("/api/events/" + eventId + "/timetable")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("SOLVED", api.getString("status"));
        assertEquals("59", text("count-meetings"));
        assertEquals("21 sur 21", text("count-served"));
        assertEquals("0", text("count-idle"));
        assertEquals("183", text("count-weight"));
        assertEquals("Optimal : aucun planning ne peut faire mieux, la borne est atteinte.", text("optimality"));
        assertEquals("Aucun agenda n'a encore été envoyé : ce planning ne change rien de ce qui a été annoncé.", text("published"));

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

        // a structure chosen as well narrows the grid by structure, and the pairs left out to that pair
        String other = (String) unscheduled.get(0).get("structure");
        new Select(browser.findElement(By.id("filter-structure"))).selectByValue(other);
        before = browser.getCurrentUrl();
        browser.findElement(By.id("filter")).click();
        ConsoleBrowser.waitForNavigation(browser, before);
        assertEquals(List.of(other), browser.findElements(By.cssSelector("#grid-structures tbody tr")).stream()
                .map(r -> r.getAttribute("data-ref")).toList());
        assertEquals(List.of(someone + "/" + other), browser.findElements(By.cssSelector("#left-out tbody tr")).stream()
                .map(r -> r.getAttribute("data-buyer") + "/" + r.getAttribute("data-structure")).toList());
        assertEquals(someone, new Select(browser.findElement(By.id("filter-buyer"))).getFirstSelectedOption().getAttribute("value"),
                "the choices stay selected");
        browser.findElement(By.id("clear-filters")).click();
        waitLong(By.cssSelector("#grid-buyers tbody tr:nth-child(9)"));
        assertEquals(unscheduled.size(), browser.findElements(By.cssSelector("#left-out tbody tr")).size());
    }

    @Test
    void buildingWhileTheSolverRunsIsRefusedInFrenchAndStopKeepsTheBestPlanFound() throws InterruptedException {
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
                d.findElement(By.id("progress-text")).getText().matches(".*jusqu'ici : [1-9]\\d* rencontres, .*"));
        String progress = text("progress-text");
        java.util.regex.Matcher best = java.util.regex.Pattern.compile("Depuis .+ s ; meilleur plan trouvé jusqu'ici : "
                + "\\d+ rencontres, (\\d+) structures? servies? sur (\\d+), poids \\d+, (\\d+) créneaux? creux\\.").matcher(progress);
        assertTrue(best.matches(), progress);
        assertTrue(Integer.parseInt(best.group(1)) <= Integer.parseInt(best.group(2)), progress);
        Axe.check(browser, "the timetable page while solving");

        browser.findElement(By.id("stop")).click();
        waitLong(By.id("outcome"));
        JsonPath api = organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200).extract().jsonPath();
        assertEquals("SOLVED", api.getString("status"));
        assertEquals(api.getInt("counts.structuresToServe"), Integer.parseInt(best.group(2)), progress);
        assertTrue(Integer.parseInt(best.group(3)) > 0, "this event cannot avoid idle slots: " + progress);
        assertEquals(String.valueOf(api.getInt("counts.meetings")), text("count-meetings"));
        assertTrue(api.getInt("counts.idleSlots") >= 1);
        String optimality = text("optimality");
        assertTrue(optimality.startsWith("Pas prouvé optimal : la borne"), optimality);
        assertTrue(optimality.contains("aucun créneau creux"), optimality);
        assertTrue(browser.findElements(By.id("build")).size() == 1, "the timetable can be built again");

        // stopping a run that has ended meanwhile is refused in words
        organizer().post("/api/events/" + eventId + "/timetable/solve").then().statusCode(202);
        browser.get(root + "console/events/" + eventId + "/timetable");
        waitLong(By.id("stop"));
        // as in a tab without JavaScript: no polling reloads the page when the run ends
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('progress-text').remove()");
        organizer().post("/api/events/" + eventId + "/timetable/stop").then().statusCode(202);
        TestEvents.waitUntilSolved(eventId);
        browser.findElement(By.id("stop")).click();
        waitLong(By.id("refusal"));
        assertEquals("Rien n'a été changé : le planning de cet événement n'est pas en cours de calcul", text("refusal"));
    }

    @Test
    void aReplanAfterTheAgendasWereSentSaysHowManyOfTheirMeetingsItMovesOrCancelsAndMarksTheBooking()
            throws InterruptedException {
        var imported = TestEvents.importEvent(TestEvents.example());
        long eventId = imported.jsonPath().getLong("id");
        organizer().body(Map.of("buyer", "B03", "structure", "S20", "start", "12:12"))
                .post("/api/events/" + eventId + "/bookings").then().statusCode(201);
        List<Map<String, Object>> before = TestEvents.solve(eventId, false).getList("meetings");
        organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200);
        // a structure declines the buyer's request of a meeting already announced
        Map<String, Object> dropped = before.stream().filter(m -> !Boolean.TRUE.equals(m.get("booked"))).findFirst().orElseThrow();
        List<Map<String, Object>> all = organizer().get("/api/events/" + eventId + "/requests").then().extract()
                .jsonPath().getList("$");
        Map<String, Object> request = all.stream()
                .filter(r -> (r.get("from").equals(dropped.get("buyer")) && r.get("to").equals(dropped.get("structure")))
                        || (r.get("to").equals(dropped.get("buyer")) && r.get("from").equals(dropped.get("structure"))))
                .findFirst().orElseThrow();
        TestEvents.participant(TestEvents.tokenOf(imported, (String) request.get("to")))
                .post("/api/events/" + eventId + "/requests/" + request.get("id") + "/decline").then().statusCode(200);

        browser.get(root + "console/events/" + eventId + "/timetable");
        assertFalse(browser.findElement(By.id("fresh")).isSelected(), "keeping the agendas sent is the default");
        assertTrue(text("fresh-hint").startsWith("Ignore les agendas déjà envoyés"), text("fresh-hint"));
        String page = browser.getCurrentUrl();
        browser.findElement(By.id("build")).click();
        ConsoleBrowser.waitForNavigation(browser, page);
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("outcome")).isEmpty()
                && d.findElements(By.id("solving")).isEmpty());
        int sent = before.size();
        JsonPath api = organizer().get("/api/events/" + eventId + "/timetable").then().statusCode(200).extract().jsonPath();
        // the difference a person reads, pair by pair against what was sent: the declined pair is cancelled
        Map<String, Object> sentAt = new HashMap<>();
        before.forEach(m -> sentAt.put(m.get("buyer") + "/" + m.get("structure"), m.get("start")));
        Map<String, Object> nowAt = new HashMap<>();
        api.getList("meetings", Map.class).forEach(m -> nowAt.put(m.get("buyer") + "/" + m.get("structure"), m.get("start")));
        int moved = (int) nowAt.keySet().stream().filter(p -> sentAt.containsKey(p) && !sentAt.get(p).equals(nowAt.get(p))).count();
        int cancelled = (int) sentAt.keySet().stream().filter(p -> !nowAt.containsKey(p)).count();
        int added = (int) nowAt.keySet().stream().filter(p -> !sentAt.containsKey(p)).count();
        assertTrue(cancelled >= 1, "the declined pair no longer meets");
        assertTrue(moved + cancelled <= 6, moved + " moved, " + cancelled + " cancelled: the others stay where they can");
        assertEquals("Par rapport aux " + sent + " rencontres des agendas déjà envoyés : " + moved + (moved <= 1 ? " déplacée" : " déplacées")
                + ", " + cancelled + (cancelled <= 1 ? " annulée" : " annulées") + ", " + added
                + (added <= 1 ? " ajoutée." : " ajoutées."), text("published"));
        assertEquals(api.getInt("counts.structuresToServe") + " sur " + api.getInt("counts.structuresToServe"),
                text("count-served"), "no structure is lost");

        // the booking is marked in text in both grids, and the declined pair is left out in French
        WebElement booked = browser.findElement(By.cssSelector("#grid-buyers tr[data-ref='B03'] td.booked"));
        assertEquals("Pause Solidaire 77", booked.findElement(By.className("name")).getText());
        assertTrue(booked.findElement(By.className("booked-mark")).getText().startsWith("R"), booked.getText());
        assertEquals(1, browser.findElements(By.cssSelector("#grid-buyers td.booked")).size());
        assertEquals(1, browser.findElements(By.cssSelector("#grid-structures tr[data-ref='S20'] td.booked")).size());
        WebElement left = browser.findElement(By.cssSelector("#left-out tr[data-buyer='" + dropped.get("buyer")
                + "'][data-structure='" + dropped.get("structure") + "'] .reason"));
        assertTrue(left.getText().startsWith("refusé par"), left.getText());

        // a meeting pinned by hand is marked in text too
        Map<String, Object> kept = api.getList("meetings", Map.class).stream()
                .filter(m -> Boolean.FALSE.equals(m.get("booked"))).findFirst().orElseThrow();
        organizer().body(Map.of("action", "pin", "buyer", kept.get("buyer"), "structure", kept.get("structure")))
                .post("/api/events/" + eventId + "/timetable/edits").then().statusCode(200);
        browser.navigate().refresh();
        waitLong(By.id("outcome"));
        WebElement pinned = browser.findElement(By.cssSelector("#grid-buyers tr[data-ref='" + kept.get("buyer") + "'] td .pinned-mark"));
        assertTrue(pinned.getText().startsWith("É"), pinned.getText());
        assertEquals(1, browser.findElements(By.cssSelector("#grid-buyers .pinned-mark")).size());

        // the same page in English
        browser.findElement(By.id("language-switch")).click();
        waitLong(By.cssSelector("html[lang='en']"));
        assertEquals("Meeting timetable", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Against the " + sent + " meetings of the agendas already sent: " + moved + " moved, " + cancelled
                + " cancelled, " + added + " added.", text("published"));
        assertTrue(browser.findElement(By.cssSelector("#left-out tr[data-buyer='" + dropped.get("buyer")
                + "'][data-structure='" + dropped.get("structure") + "'] .reason")).getText().startsWith("declined by"));
        assertEquals("11:00", browser.findElement(By.cssSelector("#grid-buyers thead th.slot")).getText());
        Axe.check(browser, "the timetable in English after a re-plan");
    }

    @Test
    void aMeetingMovedByHandIsCheckedByTheRulesRefusedInFrenchAndKeptPinned() throws InterruptedException {
        long eventId = TestEvents.importExample();
        List<Map<String, Object>> meetings = TestEvents.solve(eventId, false).getList("meetings");
        browser.get(root + "console/events/" + eventId + "/timetable");
        waitLong(By.id("hand-edit-form"));
        Axe.check(browser, "the timetable with its hand-edit form");

        // onto a slot where the buyer already meets someone: refused with the rule, nothing changed
        Map<String, Object> first = meetings.get(0);
        Map<String, Object> sameBuyer = meetings.stream().filter(m -> m.get("buyer").equals(first.get("buyer")))
                .skip(1).findFirst().orElseThrow();
        handEdit(first, "move", (String) sameBuyer.get("start"));
        assertTrue(text("refusal").contains("l'acheteur " + first.get("buyer") + " a déjà un rendez-vous à "), text("refusal"));
        assertTrue(text("refusal").endsWith("(règle : buyerDoubleBooked)"), text("refusal"));

        // remove one meeting, then move another of that buyer into the freed slot (if its structure may come then)
        Map<String, Object> removed = meetings.stream().filter(m -> Boolean.FALSE.equals(m.get("booked"))).skip(4)
                .findFirst().orElseThrow();
        handEdit(removed, "remove", null);
        assertEquals("La modification est faite et épinglée.", text("notice"));
        boolean moved = false;
        for (Map<String, Object> m : meetings) {
            if (m == removed || !m.get("buyer").equals(removed.get("buyer")) || meetings.stream().anyMatch(o ->
                    o != removed && o.get("structure").equals(m.get("structure")) && o.get("start").equals(removed.get("start")))) {
                continue;
            }
            handEdit(m, "move", (String) removed.get("start"));
            if (!browser.findElements(By.id("notice")).isEmpty()) {
                Map<String, Object> now = organizer().get("/api/events/" + eventId + "/timetable").then().extract()
                        .jsonPath().getList("meetings", Map.class).stream()
                        .filter(x -> x.get("buyer").equals(m.get("buyer")) && x.get("structure").equals(m.get("structure")))
                        .findFirst().orElseThrow();
                assertEquals(removed.get("start"), now.get("start"));
                assertEquals(true, now.get("pinned"));
                WebElement cell = browser.findElement(By.cssSelector("#grid-buyers tr[data-ref='" + m.get("buyer")
                        + "'] td .pinned-mark"));
                assertTrue(cell.getText().startsWith("É"));
                moved = true;
                break;
            }
            assertTrue(text("refusal").contains("(règle : structureUnavailable)"), text("refusal"));
        }
        assertTrue(moved, "a meeting of " + removed.get("buyer") + " could take the freed slot");

        // another meeting removed is offered back among the pairs left out, and added again where it was
        List<Map<String, Object>> current = organizer().get("/api/events/" + eventId + "/timetable").then().extract()
                .jsonPath().getList("meetings");
        Map<String, Object> again = current.stream().filter(m -> Boolean.FALSE.equals(m.get("booked"))
                && !m.get("buyer").equals(removed.get("buyer"))).findFirst().orElseThrow();
        handEdit(again, "remove", null);
        String pair = again.get("buyer") + "/" + again.get("structure");
        List<String> offered = new Select(browser.findElement(By.id("add-pair"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertTrue(offered.contains(pair), "the removed pair can be added back: " + offered);
        List<String> declined = organizer().get("/api/events/" + eventId + "/timetable").then().extract().jsonPath()
                .getList("unscheduled", Map.class).stream().filter(u -> ((String) u.get("reason")).startsWith("declined"))
                .map(u -> u.get("buyer") + "/" + u.get("structure")).toList();
        assertFalse(declined.isEmpty(), "the example has declined requests");
        assertTrue(declined.stream().noneMatch(offered::contains), "a declined pair is not offered: " + offered);
        new Select(browser.findElement(By.id("add-pair"))).selectByValue(pair);
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("add-meeting")); // no slot chosen: said so
        assertEquals("Rien n'a été changé : choisissez le créneau de la rencontre", text("refusal"));
        Map<String, Object> busy = current.stream().filter(m -> m.get("buyer").equals(again.get("buyer")) && m != again)
                .findFirst().orElseThrow();
        new Select(browser.findElement(By.id("add-pair"))).selectByValue(pair);
        new Select(browser.findElement(By.id("add-slot"))).selectByValue("2018-05-17T" + busy.get("start"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("add-meeting"));
        assertTrue(text("refusal").endsWith("(règle : buyerDoubleBooked)"), text("refusal"));
        new Select(browser.findElement(By.id("add-pair"))).selectByValue(pair);
        new Select(browser.findElement(By.id("add-slot"))).selectByValue("2018-05-17T" + again.get("start"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("add-meeting"));
        assertEquals("La modification est faite et épinglée.", text("notice"));
        Map<String, Object> back = meetingOf(eventId, again.get("buyer"), again.get("structure"));
        assertEquals(again.get("start"), back.get("start"));
        assertEquals(true, back.get("pinned"));
        assertTrue(new Select(browser.findElement(By.id("add-pair"))).getOptions().stream()
                .noneMatch(o -> o.getAttribute("value").equals(pair)), "no longer left out");

        // two meetings of one buyer swap their slots
        current = organizer().get("/api/events/" + eventId + "/timetable").then().extract().jsonPath().getList("meetings");
        new Select(browser.findElement(By.id("edit-action"))).selectByValue("swap"); // without the other meeting: said so
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("apply-edit"));
        assertEquals("Rien n'a été changé : choisissez l'autre rencontre de l'échange", text("refusal"));
        boolean swapped = false;
        for (Map<String, Object> a : current) {
            for (Map<String, Object> b : current) {
                if (a == b || !a.get("buyer").equals(b.get("buyer")) || Boolean.TRUE.equals(a.get("booked"))
                        || Boolean.TRUE.equals(b.get("booked"))) {
                    continue;
                }
                swap(a, b);
                if (browser.findElements(By.id("notice")).isEmpty()) {
                    assertTrue(text("refusal").contains("(règle : "), text("refusal"));
                    continue;
                }
                assertEquals(b.get("start"), meetingOf(eventId, a.get("buyer"), a.get("structure")).get("start"));
                assertEquals(a.get("start"), meetingOf(eventId, b.get("buyer"), b.get("structure")).get("start"));
                swapped = true;
                break;
            }
            if (swapped) {
                break;
            }
        }
        assertTrue(swapped, "two meetings of one buyer could swap");
    }

    /** Fills the hand-edit form for {@code meeting} and submits it. */
    private static void handEdit(Map<String, Object> meeting, String action, String start) {
        new Select(browser.findElement(By.id("edit-meeting"))).selectByValue(meeting.get("buyer") + "/" + meeting.get("structure"));
        new Select(browser.findElement(By.id("edit-action"))).selectByValue(action);
        new Select(browser.findElement(By.id("edit-slot"))).selectByValue(start == null ? "" : "2018-05-17T" + start);
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("apply-edit"));
        waitLong(By.id("hand-edit-form"));
    }

    private static void swap(Map<String, Object> meeting, Map<String, Object> other) {
        new Select(browser.findElement(By.id("edit-meeting"))).selectByValue(meeting.get("buyer") + "/" + meeting.get("structure"));
        new Select(browser.findElement(By.id("edit-action"))).selectByValue("swap");
        new Select(browser.findElement(By.id("edit-other"))).selectByValue(other.get("buyer") + "/" + other.get("structure"));
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("apply-edit"));
        waitLong(By.id("hand-edit-form"));
    }

    private static Map<String, Object> meetingOf(long eventId, Object buyer, Object structure) {
        return organizer().get("/api/events/" + eventId + "/timetable").then().extract()
                .jsonPath().getList("meetings", Map.class).stream()
                .filter(x -> x.get("buyer").equals(buyer) && x.get("structure").equals(structure))
                .findFirst().orElse(null);
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
