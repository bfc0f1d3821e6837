package fr.openmap.mail;

import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * Links to a participant's personal page. Stored messages only hold a placeholder where the
 * token goes: the token is put in when the message is sent, so the outbox table (like the rest of
 * the database) never holds a usable token, and a token renewed in between is the one sent.
 */
@ApplicationScoped
public class PersonalLinks {

    /** Stands for the recipient's personal token in a stored message body. */
    public static final String TOKEN_PLACEHOLDER = "__OPENMAP_PERSONAL_TOKEN__";
    static final String MASKED_TOKEN = "********";

    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;
    @Inject
    AccessTokens tokens;
    @Inject
    RegistrationService registrations;

    /** The link as stored in a message, with the placeholder instead of the token. */
    public String withPlaceholder(Participant participant) {
        return base() + "/p/" + participant.event.id + "/" + participant.ref + "?token=" + TOKEN_PLACEHOLDER;
    }

    /** Puts the participant's current token where the placeholder is (needs a transaction). */
    public String fill(String stored, long eventId, String ref) {
        if (stored == null || !stored.contains(TOKEN_PLACEHOLDER)) {
            return stored;
        }
        Participant participant = registrations.participant(eventId, ref)
                .orElseThrow(() -> new IllegalStateException("participant " + ref + " is no longer registered"));
        return stored.replace(TOKEN_PLACEHOLDER, tokens.tokenOf(participant));
    }

    /** For previews: the token is masked, a preview never shows it. */
    public static String mask(String stored) {
        return stored == null ? null : stored.replace(TOKEN_PLACEHOLDER, MASKED_TOKEN);
    }

    private String base() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
