package fr.openmap.outbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.openmap.agenda.AgendaPublication;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Mail test helpers: a GreenMail SMTP server on the port the mailer uses, and reading what it got. */
public final class MailTests {

    private MailTests() {
    }

    private static GreenMail server;

    /**
     * The GreenMail SMTP server on the test mailer's port (quarkus.mailer.port), running and
     * emptied. One server for the whole test run: the mailer keeps its SMTP connections open,
     * and a connection to a server stopped and started again would hang until the timeout.
     */
    public static synchronized GreenMail greenMail() {
        if (server == null) {
            int port = ConfigProvider.getConfig().getValue("quarkus.mailer.port", Integer.class);
            ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            // GreenMail drops a connection idle for 15 s by default. The mailer keeps its connections
            // for 300 s, and a message handed to one just as the server drops it waits out the
            // mailer's timeout: the retry covers that in service, but makes a test's counts lie.
            smtp.setReadTimeout(Duration.ofHours(1).toMillis());
            server = new GreenMail(smtp);
        }
        if (!server.isRunning()) {
            server.start();
        }
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return server;
    }

    /**
     * Other tests' messages must not be sent by this test's dispatcher runs. The pitch notices that point to
     * messages go first (tests of the call for pitches may have run before).
     */
    public static void clearOutbox() {
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage.getEntityManager().createNativeQuery("delete from pitch_notices").executeUpdate();
            OutboxMessage.deleteAll();
            AgendaPublication.deleteAll();
        });
    }

    /**
     * Dispatches until {@code expected} messages were sent, over at most three rounds an hour apart. Right after
     * the SMTP server restarts, the mailer may first hand a message to a connection it pooled before the stop,
     * which fails; the service retries it later, as the next round does. Counts of deliveries stay exact.
     */
    public static int dispatchUntilSent(OutboxDispatcher dispatcher, int expected, Instant from) {
        int sent = 0;
        Instant at = from;
        for (int round = 0; round < 3 && sent < expected; round++) {
            sent += dispatcher.dispatchDue(at);
            at = at.plus(Duration.ofHours(1));
        }
        return sent;
    }

    /** How many messages each recipient address got. */
    public static Map<String, Long> deliveries(GreenMail greenMail) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .collect(Collectors.groupingBy(MailTests::recipient, Collectors.counting()));
    }

    /** The messages received, by recipient address; fails if someone got two. */
    public static Map<String, MimeMessage> byRecipient(GreenMail greenMail) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .collect(Collectors.toMap(MailTests::recipient, Function.identity()));
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    public static String ics(MimeMessage message) {
        return part(message, "text/calendar");
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("the calendar file does not parse: " + e + "\n" + ics, e);
        }
    }

    /** The first part of this type, decoded; null when there is none. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            if (!part.isMimeType(type)) {
                return null;
            }
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
