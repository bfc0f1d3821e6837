package fr.openmap.web.review;

import com.icegreen.greenmail.util.GreenMail;
import fr.openmap.outbox.MailTests;
import fr.openmap.outbox.OutboxDispatcher;
import fr.openmap.pitch.Committees;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static fr.openmap.TestEvents.organizer;
import static fr.openmap.web.console.ConsoleBrowser.clickAndWaitForNewPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #14's "done when", in the browser: two committee members score twelve applications through the links in
 * their emails, the organizer selects six and wait-lists one on the page, the notifications go out once each, and a
 * withdrawal promotes the wait-listed structure without moving anyone else's pitch time.
 */
@QuarkusTest
@Tag("persistence")
class CommitteeJourneyTest {

    private static final Pattern REVIEW_LINK = Pattern.compile("https?://[^/\\s]+(/review/\\d+/\\d+\\?token=[A-Za-z0-9_-]+)");
    private static final List<String> CRITERIA = List.of("relevance", "socialImpact", "innovation", "readiness");

    @TestHTTPResource("/")
    URL root;
    @Inject
    OutboxDispatcher dispatcher;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        browser.quit();
    }

    @Test
    void twoMembersScoreTwelveSixAreSelectedOneWaitListedToldOnceAndAWithdrawalPromotesWithoutMovingOthers() {
        MailTests.clearOutbox();
        GreenMail greenMail = MailTests.greenMail();
        List<String> refs = List.of("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10", "S11", "S12");
        long eventId = Committees.eventWithApplications(refs);
        // what each member gives every criterion: medians 5, 4.5, 4 … 2 for S01-S07, then 1 for the rest
        Map<String, int[]> given = new LinkedHashMap<>();
        int[][] pairs = {{5, 5}, {5, 4}, {4, 4}, {4, 3}, {3, 3}, {3, 2}, {2, 2}};
        for (int i = 0; i < refs.size(); i++) {
            given.put(refs.get(i), i < pairs.length ? pairs[i] : new int[]{1, 1});
        }

        Committees.addMember(eventId, "Alice Moreau", "alice@gip.example.org");
        Committees.addMember(eventId, "Bruno Lefèvre", "bruno@macs.example.org");
        MailTests.dispatchUntilSent(dispatcher, 2, Instant.now());
        List<String> members = List.of("alice@gip.example.org", "bruno@macs.example.org");
        for (int member = 0; member < members.size(); member++) {
            List<MimeMessage> invitation = mailsTo(greenMail, members.get(member));
            assertEquals(1, invitation.size(), members.get(member));
            Matcher link = REVIEW_LINK.matcher(MailTests.text(invitation.get(0)));
            assertTrue(link.find(), MailTests.text(invitation.get(0)));
            browser.manage().deleteAllCookies();
            browser.get(root + link.group(1).substring(1));
            ConsoleBrowser.waitFor(browser, By.id("applications"));
            assertEquals("0 évaluée sur 12", browser.findElement(By.id("progress")).getText());
            for (String ref : refs) {
                clickAndWaitForNewPage(browser, By.cssSelector("tr.application[data-ref='" + ref + "'] a.open"));
                for (String criterion : CRITERIA) {
                    browser.findElement(By.id("score-" + criterion + "-" + given.get(ref)[member])).click();
                }
                clickAndWaitForNewPage(browser, By.id("save-review"));
            }
            assertEquals("12 évaluées sur 12", browser.findElement(By.id("progress")).getText());
        }

        // the organizer selects six and wait-lists one on the page
        browser.manage().deleteAllCookies();
        ConsoleBrowser.signIn(browser, root, ConsoleBrowser.USER, ConsoleBrowser.PASSWORD);
        browser.get(root + "console/events/" + eventId + "/pitch");
        ConsoleBrowser.waitFor(browser, By.id("ranking"));
        assertEquals("4,5", browser.findElement(By.cssSelector("#application-S02 .median")).getText());
        browser.findElement(By.id("select")).clear();
        browser.findElement(By.id("select")).sendKeys("6");
        browser.findElement(By.id("waitlist")).clear();
        browser.findElement(By.id("waitlist")).sendKeys("1");
        clickAndWaitForNewPage(browser, By.id("prepare"));
        assertEquals("6 structure(s) seront retenue(s), 1 mise(s) en liste d'attente, 5 non retenue(s).",
                browser.findElement(By.id("counts")).getText());
        clickAndWaitForNewPage(browser, By.id("confirm-selection"));
        assertEquals("Sur liste d'attente", browser.findElement(By.cssSelector("#application-S07 .status")).getText());

        // the notifications, once each
        browser.get(root + "console/events/" + eventId + "/pitch/notifications");
        clickAndWaitForNewPage(browser, By.id("send"));
        assertEquals("12 messages seront envoyés.", browser.findElement(By.id("change")).getText());
        clickAndWaitForNewPage(browser, By.id("confirm-send"));
        assertEquals(12, MailTests.dispatchUntilSent(dispatcher, 12, Instant.now()));
        Map<String, String> emails = structureEmails(eventId);
        Map<String, Long> deliveries = MailTests.deliveries(greenMail);
        for (String ref : refs) {
            assertEquals(1L, deliveries.getOrDefault(emails.get(ref), 0L), ref + " is told once");
        }

        // S03 withdraws: S07 takes its place and time, nobody else moves
        Map<String, String> before = times(eventId);
        assertEquals(List.of("S01", "S02", "S03", "S04", "S05", "S06"), List.copyOf(before.keySet()));
        organizer().post("/api/events/" + eventId + "/pitch/S03/withdraw").then().statusCode(200);
        Map<String, String> after = times(eventId);
        assertEquals(before.get("S03"), after.get("S07"), "the promoted structure takes the freed time");
        for (String kept : List.of("S01", "S02", "S04", "S05", "S06")) {
            assertEquals(before.get(kept), after.get(kept), kept + " keeps its time");
        }
        assertEquals(6, after.size());
    }

    /** The running order: each structure's start, in order. */
    private static Map<String, String> times(long eventId) {
        List<Map<String, Object>> pitches = organizer().get("/api/events/" + eventId + "/pitch/running-order").then()
                .statusCode(200).extract().jsonPath().getList("pitches");
        Map<String, String> times = new LinkedHashMap<>();
        pitches.forEach(p -> times.put((String) p.get("structure"), (String) p.get("start")));
        return times;
    }

    private static Map<String, String> structureEmails(long eventId) {
        List<Map<String, Object>> structures = organizer().get("/api/events/" + eventId + "/export").then().statusCode(200)
                .extract().jsonPath().getList("structures");
        Map<String, String> emails = new HashMap<>();
        structures.forEach(s -> emails.put((String) s.get("ref"), (String) s.get("email")));
        return emails;
    }

    private static List<MimeMessage> mailsTo(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> MailTests.recipient(m).equals(address))
                .collect(Collectors.toList());
    }
}
