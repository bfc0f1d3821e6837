package fr.openmap.packaging;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service pointed at a real SMTP server (GreenMail): solving the example and
 * sending delivers exactly 30 agendas, each with a calendar file; sending again, even after a
 * restart, delivers nothing more.
 */
class PackagedAgendaDeliveryIT {

    @TempDir
    Path dataDir;
    PackagedService service;
    GreenMail smtp;

    @AfterEach
    void stop() throws InterruptedException {
        service.stop();
        smtp.stop();
    }

    @Test
    void solvingAndSendingDeliversExactlyThirtyAgendasOnce() throws Exception {
        int smtpPort = PackagedService.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        service = new PackagedService(dataDir)
                .with("QUARKUS_MAILER_HOST", "127.0.0.1")
                .with("QUARKUS_MAILER_PORT", String.valueOf(smtpPort))
                .with("QUARKUS_MAILER_START_TLS", "DISABLED");
        service.start();
        long id = service.importExample();
        service.solve(id);

        assertEquals(30, service.organizer().post("/api/events/" + id + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients"));
        MimeMessage[] received = waitForMessages(30);
        Set<String> recipients = Arrays.stream(received).map(PackagedAgendaDeliveryIT::recipient).collect(Collectors.toSet());
        assertEquals(30, recipients.size(), "one agenda per participant, nobody twice");
        for (MimeMessage message : received) {
            assertTrue(calendarIn(message).startsWith("BEGIN:VCALENDAR"), "a calendar file for " + recipient(message));
        }

        assertEquals(0, service.organizer().post("/api/events/" + id + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients"));
        service.stop();
        service.start();
        assertEquals(0, service.organizer().post("/api/events/" + id + "/agendas/send").then().statusCode(200)
                .extract().jsonPath().getInt("recipients"));
        Thread.sleep(6_000); // longer than a dispatcher round: nothing more may arrive
        assertEquals(30, smtp.getReceivedMessages().length);
    }

    private MimeMessage[] waitForMessages(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && smtp.getReceivedMessages().length < expected) {
            Thread.sleep(250);
        }
        Thread.sleep(2_000); // and no more than expected
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(expected, received.length);
        return received;
    }

    /** The text/calendar part of a message, wherever it sits in the multipart tree ("" if none). */
    private static String calendarIn(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = calendarIn(multipart.getBodyPart(i));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
