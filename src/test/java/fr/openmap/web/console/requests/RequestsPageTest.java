package fr.openmap.web.console.requests;

import fr.openmap.TestEvents;
import fr.openmap.web.Axe;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static fr.openmap.TestEvents.organizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The requests page in a real browser: who asked whom, filters and counts, answers on someone's behalf. */
@QuarkusTest
class RequestsPageTest {

    @TestHTTPResource("/")
    URL root;

    static WebDriver browser;

    Response imported;
    long eventId;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signInOnANewEvent() {
        imported = TestEvents.importEvent(TestEvents.example());
        eventId = imported.jsonPath().getLong("id");
        browser.get(root.toString());
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
    }

    private void open() {
        browser.get(root + "console/events/" + eventId + "/requests");
        waitUntil(d -> !d.findElements(By.id("counts")).isEmpty());
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<Map<String, Object>> apiRequests() {
        return organizer().get("/api/events/" + eventId + "/requests").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private Map<String, Object> apiRequest(long id) {
        return apiRequests().stream().filter(r -> ((Number) r.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    /** The first PENDING request asked by a structure of a buyer. */
    private Map<String, Object> pendingFromAStructure() {
        return apiRequests().stream().filter(r -> "PENDING".equals(r.get("status")) && ((String) r.get("from")).startsWith("S"))
                .findFirst().orElseThrow();
    }

    @Test
    void theListShowsWhoAskedWhomWithCountsPerStatusAndFilters() {
        open();
        assertEquals("21", text("count-PENDING"));
        assertEquals("82", text("count-ACCEPTED"));
        assertEquals("6", text("count-DECLINED"));
        assertEquals("109 demande(s) affichée(s) sur 109.", text("shown"));
        Axe.check(browser, "the requests page");

        // a filter chosen applies at once (htmx), the counts stay those of the whole event
        new Select(browser.findElement(By.id("status"))).selectByValue("PENDING");
        waitUntil(d -> text("shown").startsWith("21 "));
        List<WebElement> rows = browser.findElements(By.cssSelector("#requests tr.request"));
        assertEquals(21, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.findElement(By.className("status")).getText().equals("en attente")));
        assertEquals("82", text("count-ACCEPTED"));

        // without JavaScript's help: the form's button gives the same list at an address of its own
        browser.get(root + "console/events/" + eventId + "/requests?buyer=B01&priority=1");
        List<Map<String, Object>> expected = apiRequests().stream()
                .filter(r -> (r.get("from").equals("B01") || r.get("to").equals("B01")) && ((Number) r.get("priority")).intValue() == 1)
                .toList();
        rows = browser.findElements(By.cssSelector("#requests tr.request"));
        assertEquals(expected.size(), rows.size());
        assertEquals(expected.size() + " demande(s) affichée(s) sur 109.", text("shown"));
        WebElement first = browser.findElement(By.id("request-" + expected.get(0).get("id")));
        String from = (String) expected.get(0).get("from");
        // the direction: who asked is in the first column
        assertTrue(first.findElement(By.className("asker")).getText().contains("(" + from + ")"), first.getText());
        assertTrue(first.findElement(By.className("asker")).getText().contains(from.startsWith("B") ? "acheteur" : "structure"));
        assertEquals("prioritaire", first.findElement(By.className("priority")).getText());
        assertEquals("B01", new Select(browser.findElement(By.id("buyer"))).getFirstSelectedOption().getAttribute("value"));
        Axe.check(browser, "the requests page, filtered");

        // the same page in English, filters kept
        browser.findElement(By.id("language-switch")).click();
        waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals("Meeting requests"));
        assertEquals(expected.size() + " of 109 request(s) shown.", text("shown"));
        assertEquals("top priority", browser.findElement(By.cssSelector("#requests tr.request .priority")).getText());
    }

    @Test
    void anOrganizerAcceptsThenDeclinesOnSomeonesBehalfAndTheActIsRecordedAsTheirs() {
        Map<String, Object> pending = pendingFromAStructure();
        long id = ((Number) pending.get("id")).longValue();
        String buyer = (String) pending.get("to");
        open();
        browser.findElement(By.cssSelector("#request-" + id + " a.accept")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-answer")).isEmpty());
        assertTrue(text("change").startsWith("La demande n° " + id + " passera de « en attente » à « acceptée », comme réponse de "),
                text("change"));
        assertTrue(text("change").contains("(" + buyer + ")"), text("change"));
        assertTrue(text("confirm-answer").startsWith("Accepter au nom de ") && text("confirm-answer").endsWith("(" + buyer + ")"),
                text("confirm-answer"));
        assertNull(apiRequest(id).get("answeredBy"), "nothing is written before the confirmation");
        Axe.check(browser, "the answer's confirmation");

        browser.findElement(By.id("confirm-answer")).click();
        waitUntil(d -> !d.findElements(By.id("notice")).isEmpty());
        assertEquals("Demande n° " + id + " désormais « acceptée », enregistrée comme réponse de l'organisateur.",
                text("notice"));
        WebElement row = browser.findElement(By.id("request-" + id));
        assertEquals("acceptée", row.findElement(By.className("status")).getText());
        assertTrue(row.findElement(By.className("answer")).getText().startsWith("l'organisateur, au nom de "),
                row.findElement(By.className("answer")).getText());
        Map<String, Object> recorded = apiRequest(id);
        assertEquals("ACCEPTED", recorded.get("status"));
        assertEquals("organizer", recorded.get("answeredBy"));
        assertNotNull(recorded.get("answeredAt"));
        assertEquals("83", text("count-ACCEPTED"), "one more accepted");
        assertEquals("20", text("count-PENDING"));

        // and the organizer changes their mind
        browser.findElement(By.cssSelector("#request-" + id + " a.decline")).click();
        waitUntil(d -> !d.findElements(By.id("confirm-answer")).isEmpty());
        assertTrue(text("change").contains("passera de « acceptée » à « déclinée »"), text("change"));
        browser.findElement(By.id("confirm-answer")).click();
        waitUntil(d -> !d.findElements(By.id("notice")).isEmpty());
        assertEquals("déclinée", browser.findElement(By.cssSelector("#request-" + id + " .status")).getText());
        assertEquals("DECLINED", apiRequest(id).get("status"));
        assertEquals("organizer", apiRequest(id).get("answeredBy"));
        assertEquals("7", text("count-DECLINED"));
    }

    @Test
    void anAnswerGivenMeanwhileIsRefusedInFrenchAndNothingChanges() {
        Map<String, Object> pending = pendingFromAStructure();
        long id = ((Number) pending.get("id")).longValue();
        String buyer = (String) pending.get("to");
        browser.get(root + "console/events/" + eventId + "/requests/answer?request=" + id + "&answer=DECLINED");
        waitUntil(d -> !d.findElements(By.id("confirm-answer")).isEmpty());
        // the buyer accepts in the meantime, through the API with their own token
        TestEvents.participant(TestEvents.tokenOf(imported, buyer))
                .post("/api/events/" + eventId + "/requests/" + id + "/accept").then().statusCode(200);

        browser.findElement(By.id("confirm-answer")).click();
        waitUntil(d -> !d.findElements(By.id("refusal")).isEmpty());
        assertEquals("Rien n'a été changé : la demande n° " + id + " a changé entre-temps : elle est maintenant acceptée"
                + " (réponse de " + buyer + ") : relisez-la avant de répondre",
                text("refusal").replace('\u00a0', ' '));
        Map<String, Object> recorded = apiRequest(id);
        assertEquals("ACCEPTED", recorded.get("status"));
        assertEquals(buyer, recorded.get("answeredBy"));
        assertEquals("acceptée", browser.findElement(By.cssSelector("#request-" + id + " .status")).getText());
        Axe.check(browser, "the requests page with a refusal");

        browser.get(root + "console/events/" + eventId + "/requests/answer?request=999999&answer=ACCEPTED");
        waitUntil(d -> !d.findElements(By.id("refusal")).isEmpty());
        assertEquals("Rien n'a été changé : aucune demande 999999 dans l'événement " + eventId, text("refusal").replace('\u00a0', ' '));
    }
}
