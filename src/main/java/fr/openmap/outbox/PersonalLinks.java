package fr.openmap.outbox;

import fr.openmap.access.PersonalSession;
import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Function;


/**
 * Links to a participant's personal page in the messages they are sent. A stored message holds no
 * token: each body is stored split where the one personal link its template shows ends with the
 * token ({@link MessageBody}), and the recipient's current token is put there when it is sent.
 * So the outbox table (like the rest of the database) never holds a usable token, a token renewed
 * in between is the one sent, and no text a participant typed can ever become someone's token:
 * nothing in a body is searched or replaced, the position comes from how the template was rendered.
 */
@ApplicationScoped
public class PersonalLinks {

    static final String MASKED_TOKEN = "********";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hex digits, and letters in the same order that no hex digit is: two stand-ins differ at every character. */
    private static final String HEX = "0123456789abcdef";
    private static final String OTHER = "ghijklmnopqrstuv";

    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;
    @Inject
    AccessTokens tokens;
    @Inject
    RegistrationService registrations;
    @Inject
    Instance<OtherRecipients> others;

    /**
     * Renders a message for {@code participant} whose template shows their personal link once
     * ({@code template} renders with the link it is given). It is rendered twice, with two random
     * stand-ins for the token that differ at every character; everything else (what participants
     * typed included) renders the same both times, so the only difference between the two is where
     * the template put the link, and the token's position is read from that, never from the text.
     * A template showing no link gives a plain body; one showing it more than once is a bug.
     */
    public MessageBody render(Participant participant, Function<String, String> template) {
        return render(template, token -> link(participant, token));
    }

    /** As {@link #render(Participant, Function)}, for a recipient whose link {@code linkWith} makes from a token. */
    public MessageBody render(Function<String, String> template, Function<String, String> linkWith) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String first = HexFormat.of().formatHex(random);
        StringBuilder other = new StringBuilder(first.length());
        first.chars().forEach(c -> other.append(OTHER.charAt(HEX.indexOf(c))));
        String second = other.toString();
        String a = template.apply(linkWith.apply(first));
        String b = template.apply(linkWith.apply(second));
        return split(a, b, first, second);
    }

    /** The two renders must differ exactly by one stand-in: that is where the token goes. */
    static MessageBody split(String a, String b, String standInA, String standInB) {
        if (a.equals(b)) {
            return MessageBody.plain(a);
        }
        int prefix = 0;
        int shortest = Math.min(a.length(), b.length());
        while (prefix < shortest && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shortest - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        if (!a.substring(prefix, a.length() - suffix).equals(standInA)
                || !b.substring(prefix, b.length() - suffix).equals(standInB)) {
            throw new IllegalStateException("a message template must show the personal link once at most");
        }
        return new MessageBody(a.substring(0, prefix), a.substring(a.length() - suffix));
    }

    /** The body as sent to this participant, with their current token (needs a transaction); null stays null. */
    public String fill(MessageBody body, long eventId, String ref) {
        if (body == null || !body.hasPersonalLink()) {
            return body == null ? null : body.head();
        }
        if (ref.contains(OtherRecipients.REF_SEPARATOR)) {
            String token = others.stream().flatMap(o -> o.tokenOf(eventId, ref).stream()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("recipient " + ref + " is no longer there"));
            return body.with(token);
        }
        Participant participant = registrations.participant(eventId, ref)
                .orElseThrow(() -> new IllegalStateException("participant " + ref + " is no longer registered"));
        return body.with(tokens.tokenOf(participant));
    }

    /** For previews: the token is masked, a preview never shows it. */
    public static String mask(MessageBody body) {
        return body == null ? null : body.with(MASKED_TOKEN);
    }

    /**
     * A participant's personal link with this token (the console shows it once, when the participant is added).
     * Tokens and stand-ins are URL-safe and need no escaping, in a URL or in HTML.
     */
    public String link(Participant participant, String token) {
        return PersonalSession.link(publicUrl, participant.event.id, participant.ref, token);
    }
}
