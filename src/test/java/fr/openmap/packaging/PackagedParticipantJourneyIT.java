package fr.openmap.packaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.web.Browser;
import fr.openmap.web.console.ConsoleBrowser;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #12's journey on the packaged service, in a real browser, with a real SMTP server: a structure registers
 * (one field wrong first: the French message is next to it and nothing is stored), follows the link in its email
 * (the token leaves the address), applies to pitch with a PDF, asks two buyers; one buyer accepts and books a slot,
 * the other declines; after the agendas are sent the structure sees its meeting. Every email arrives once.
 */
class PackagedParticipantJourneyIT {

    private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^/\\s]+(/p/\\d+/[A-Za-z0-9_-]+\\?token=[A-Za-z0-9_-]+)");

    @TempDir
    Path dataDir;
    PackagedService service;
    GreenMail smtp;
    WebDriver browser;
    String root;

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        service.stop();
        smtp.stop();
    }

    @Test
    void aStructureRegistersAppliesAsksTwoBuyersOneBooksOneDeclinesAndItSeesItsAgenda() throws Exception {
        int smtpPort = PackagedService.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        service = new PackagedService(dataDir)
                .with("QUARKUS_MAILER_HOST", "127.0.0.1")
                .with("QUARKUS_MAILER_PORT", String.valueOf(smtpPort))
                .with("QUARKUS_MAILER_START_TLS", "DISABLED");
        service.start();
        root = service.root();

        // the 17 May example, moved two months ahead so that registration is open, its call for pitches open
        Map<String, Object> example;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/openmap-ess-2018-05-17.json")) {
            example = new ObjectMapper().readValue(in, Map.class);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) example.get("event");
        event.put("date", LocalDate.now().plusMonths(2).toString());
        event.put("slug", "matinale-journey");
        var imported = service.organizer().body(example).post("/api/events/import").then().statusCode(201).extract().jsonPath();
        long eventId = imported.getLong("id");
        Map<String, String> tokens = new HashMap<>();
        imported.getList("tokens", Map.class).forEach(t -> tokens.put((String) t.get("ref"), (String) t.get("token")));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Paris")).withSecond(0).withNano(0);
        service.organizer().body(Map.of("opensAt", now.minusDays(1).toString(), "closesAt", now.plusDays(7).toString()))
                .put("/api/events/" + eventId + "/pitch/call").then().statusCode(200);
        int structuresBefore = structures(eventId).size();

        browser = Browser.start();
        browser.get(root + "e/matinale-journey/register/structure");
        waitFor(By.id("registration-form"));
        type("name", "Les Jardins de Cocagne");
        new Select(browser.findElement(By.id("legalForm"))).selectByValue("EI");
        type("siret", "12345678901234");
        type("department", "93");
        type("sector", "Maraîchage");
        type("contactName", "Sam Durand");
        type("email", "jardins@cocagne.example.org");
        type("offer", "Paniers de légumes bio pour vos restaurants administratifs.");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("register"));
        assertTrue(text("siret-problem").contains("contrôle de Luhn"), text("siret-problem"));
        assertEquals(structuresBefore, structures(eventId).size(), "nothing is stored");
        type("siret", "73282932000074");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("register"));
        assertEquals("Inscription reçue", text("done-title"));

        MimeMessage confirmation = waitForMessages(1).get(0);
        assertEquals("jardins@cocagne.example.org", recipient(confirmation));
        Matcher link = PERSONAL_LINK.matcher(bodyOf(confirmation));
        assertTrue(link.find(), bodyOf(confirmation));
        browser.get(root + link.group(1).substring(1));
        waitFor(By.id("space-nav"));
        assertFalse(browser.getCurrentUrl().contains("token"), "the token leaves the address: " + browser.getCurrentUrl());
        String ref = browser.getCurrentUrl().replaceAll(".*/p/\\d+/([A-Za-z0-9_-]+).*", "$1");

        // the pitch application, with a PDF
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/pitch']"));
        type("presentation", "Jardin d'insertion en Seine-Saint-Denis");
        type("offer", "Légumes de saison, livrés");
        type("socialImpact", "20 salariés en parcours d'insertion");
        Path dossier = Files.write(dataDir.resolve("dossier.pdf"), "%PDF-1.4\n% dossier\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.id("dossier")).sendKeys(dossier.toString());
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.id("apply"));
        assertEquals("Candidature envoyée. Merci !", text("notice"));

        // two buyers asked from the catalogue
        browser.get(root + "p/" + eventId + "/" + ref + "/catalogue");
        waitFor(By.id("entry-B01"));
        ask("B01", "1");
        ask("B02", "2");
        List<Map<String, Object>> requests = service.organizer().get("/api/events/" + eventId + "/requests").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.from == '" + ref + "' }");
        assertEquals(2, requests.size());

        // B01 accepts and books a slot; B02 declines
        answerAs(eventId, "B01", tokens.get("B01"), ref, "accept");
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#space-nav a[href$='/booking']"));
        waitFor(By.id("booking-grid"));
        String booked = null;
        for (WebElement slot : browser.findElements(By.cssSelector("#booking-grid tr.slot"))) {
            List<WebElement> choices = slot.findElements(By.tagName("select"));
            if (!choices.isEmpty() && new Select(choices.get(0)).getOptions().stream()
                    .anyMatch(o -> o.getAttribute("value").equals(ref))) {
                booked = slot.getAttribute("data-start");
                new Select(choices.get(0)).selectByValue(ref);
                break;
            }
        }
        assertTrue(booked != null, "a free slot offers the structure");
        ConsoleBrowser.clickAndWaitForNewPage(browser,
                By.cssSelector("#booking-grid tr.slot[data-start='" + booked + "'] button.book"));
        assertEquals("Rendez-vous réservé.", text("notice"));
        answerAs(eventId, "B02", tokens.get("B02"), ref, "decline");

        // the organizer builds the timetable and sends the agendas: the structure sees its meeting
        service.solve(eventId);
        int recipients = service.organizer().post("/api/events/" + eventId + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients");
        List<MimeMessage> all = waitForMessages(1 + recipients);
        signInAs(link.group(1));
        List<String> meetings = browser.findElements(By.cssSelector("#meetings tr.meeting .counterpart")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Région Île-de-France"), meetings);
        assertTrue(browser.findElement(By.cssSelector("#meetings tr.meeting .time")).getText()
                .startsWith(booked.replace(":", " h ").replaceFirst("^0", "")), "at the booked slot " + booked);

        Map<String, Long> twice = all.stream().collect(Collectors.groupingBy(m -> recipient(m) + " " + subject(m),
                Collectors.counting()));
        assertTrue(twice.values().stream().allMatch(n -> n == 1), "every email once: " + twice);
        assertEquals(2, all.stream().filter(m -> recipient(m).equals("jardins@cocagne.example.org")).count(),
                "the structure got its link, then its agenda");
    }

    private void ask(String buyer, String priority) {
        WebElement entry = browser.findElement(By.id("entry-" + buyer));
        entry.findElement(By.tagName("summary")).click();
        new Select(entry.findElement(By.name("priority"))).selectByValue(priority);
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("#entry-" + buyer + " button.ask-submit"));
    }

    /** The buyer opens its personal link in the same browser and answers the structure's request. */
    private void answerAs(long eventId, String buyer, String token, String structure, String answer) {
        long id = ((Number) service.organizer().get("/api/events/" + eventId + "/requests").then().extract().jsonPath()
                .getList("findAll { it.from == '" + structure + "' && it.to == '" + buyer + "' }.id").get(0)).longValue();
        browser.manage().deleteAllCookies();
        signInAs("/p/" + eventId + "/" + buyer + "?token=" + token);
        ConsoleBrowser.clickAndWaitForNewPage(browser, By.cssSelector("tr.request[data-request='" + id + "'] button." + answer));
        assertTrue(!browser.findElements(By.id("notice")).isEmpty(), answer + " by " + buyer);
    }

    private void signInAs(String personalLink) {
        browser.manage().deleteAllCookies();
        browser.get(root + personalLink.substring(1));
        waitFor(By.id("space-nav"));
    }

    private List<Map<String, Object>> structures(long eventId) {
        return service.organizer().get("/api/events/" + eventId + "/structures").then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    private List<MimeMessage> waitForMessages(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && smtp.getReceivedMessages().length < expected) {
            Thread.sleep(250);
        }
        Thread.sleep(2_000); // and no more than expected
        List<MimeMessage> received = new ArrayList<>(Arrays.asList(smtp.getReceivedMessages()));
        assertEquals(expected, received.size());
        return received;
    }

    private void waitFor(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(MimeMessage message) {
        return fr.openmap.outbox.MailTests.text(message);
    }
}
