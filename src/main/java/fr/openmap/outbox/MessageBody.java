package fr.openmap.outbox;

/**
 * A stored message body, split where the recipient's personal token goes when the message carries
 * their personal link: {@code head}, the token, then {@code tail} ({@code tail} null: no personal
 * link, the body is {@code head}). The body never holds a token, nor anything standing for one:
 * what a participant typed stays text, whatever it says.
 */
public record MessageBody(String head, String tail) {

    /** A body without personal link. */
    public static MessageBody plain(String text) {
        return new MessageBody(text, null);
    }

    public boolean hasPersonalLink() {
        return tail != null;
    }

    /** The body as sent: {@code token} at its place, nothing else changed. */
    public String with(String token) {
        return tail == null ? head : head + token + tail;
    }
}
