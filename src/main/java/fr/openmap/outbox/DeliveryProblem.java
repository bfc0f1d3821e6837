package fr.openmap.outbox;

import fr.openmap.i18n.Text;
import fr.openmap.outbox.OutboxMessage.Status;

import java.util.Locale;

/**
 * What went wrong with a message, in plain words for an organizer: the stored {@code lastError} is the
 * technical chain of exceptions the dispatcher recorded ("MailException: ... <- ConnectException: ..."),
 * read here into what it means and what to do. The technical text stays available beside it.
 */
public final class DeliveryProblem {

    /** What {@link Status#UNCERTAIN} means, and why it is not resent on its own. */
    public static final Text UNCERTAIN = Text.of("The service stopped while it was handing this message to the mail "
            + "server: the server may or may not have accepted it, so nobody can tell whether it was delivered. It is not "
            + "resent automatically, because that could deliver it twice. Check with the recipient if you can; resend it "
            + "if needed, knowing they may then receive it twice.",
            "Le service s'est arrêté pendant qu'il remettait ce message au serveur de courriel : le serveur l'a peut-être "
            + "accepté, peut-être pas, et personne ne peut savoir s'il a été distribué. Il n'est pas renvoyé "
            + "automatiquement, car il pourrait alors arriver deux fois. Vérifiez si possible auprès du destinataire ; "
            + "renvoyez-le au besoin, en sachant qu'il pourra le recevoir en double.");

    /** {@link #UNCERTAIN} in short, as it is said next to each such message. */
    public static final Text UNCERTAIN_SHORT = Text.of("The service stopped while handing this message to the mail server: "
            + "it may or may not have been delivered; resending it may deliver it twice.",
            "Le service s'est arrêté pendant la remise de ce message au serveur de courriel : il a peut-être été "
            + "distribué, peut-être pas ; le renvoyer peut le faire arriver en double.");

    private DeliveryProblem() {
    }

    /** The problem of a message as it stands, in a sentence or two of plain words; null when there is none to tell. */
    public static Text of(Status status, String lastError) {
        if (status == Status.UNCERTAIN) {
            return UNCERTAIN_SHORT;
        }
        if (lastError == null || lastError.isBlank() || status == Status.SENT) {
            return null;
        }
        String error = lastError.toLowerCase(Locale.ROOT);
        if (error.startsWith("cannot prepare the message")) {
            return Text.of("The message could not be prepared (the recipient may no longer be registered): resending "
                    + "it will not help until that is fixed.", "Le message n'a pas pu être préparé (le destinataire n'est "
                    + "peut-être plus inscrit) : le renvoyer ne servira à rien tant que ce n'est pas réglé.");
        }
        if (error.contains("connection refused") || error.contains("connectexception") || error.contains("unknownhost")
                || error.contains("no route to host")) {
            return Text.of("The mail server could not be reached: it may be stopped or its address wrong. Nothing was "
                    + "sent.", "Le serveur de courriel n'a pas pu être joint : il est peut-être arrêté, ou son adresse est "
                    + "erronée. Rien n'a été envoyé.");
        }
        if (error.contains("timeout") || error.contains("timed out")) {
            return Text.of("The mail server did not answer in time. Nothing was sent.",
                    "Le serveur de courriel n'a pas répondu à temps. Rien n'a été envoyé.");
        }
        if (error.matches("(?s).*\\b5[0-9]{2}[ -].*") || error.contains("recipient") || error.contains("mailbox")) {
            return Text.of("The mail server refused the message: the address may be wrong or the mailbox closed.",
                    "Le serveur de courriel a refusé le message : l'adresse est peut-être erronée ou la boîte fermée.");
        }
        return Text.of("The message could not be handed to the mail server (see the technical detail).",
                "Le message n'a pas pu être remis au serveur de courriel (voir le détail technique).");
    }
}
