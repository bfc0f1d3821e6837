package fr.openmap.outbox;

import fr.openmap.i18n.Language;
import fr.openmap.outbox.OutboxMessage.Status;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatcher's technical errors read into plain words for the organizer. */
class DeliveryProblemTest {

    private static String french(Status status, String error) {
        return DeliveryProblem.of(status, error).in(Language.FR);
    }

    @Test
    void eachKindOfFailureIsSaidInPlainWords() {
        assertTrue(french(Status.FAILED, "MailException: failed <- ConnectException: Connection refused: localhost/127.0.0.1:2525")
                .startsWith("Le serveur de courriel n'a pas pu être joint"));
        assertTrue(french(Status.PENDING, "NoStackTraceTimeoutException: The timeout period of 5000ms has been exceeded")
                .startsWith("Le serveur de courriel n'a pas répondu à temps"));
        assertTrue(french(Status.FAILED, "SMTPException: 550 5.1.1 <x@example.org>: user unknown")
                .startsWith("Le serveur de courriel a refusé le message"));
        assertTrue(french(Status.FAILED, "cannot prepare the message: participant S07 is no longer registered")
                .startsWith("Le message n'a pas pu être préparé"));
        assertTrue(french(Status.FAILED, "IllegalStateException: something else").startsWith("Le message n'a pas pu être remis"));
    }

    @Test
    void uncertainIsExplainedWhateverItsErrorAndSentOrCleanMessagesHaveNoProblem() {
        assertEquals(DeliveryProblem.UNCERTAIN_SHORT, DeliveryProblem.of(Status.UNCERTAIN, "the service stopped while ..."));
        assertNull(DeliveryProblem.of(Status.SENT, null));
        assertNull(DeliveryProblem.of(Status.PENDING, null));
    }
}
