package fr.openmap.day;

import fr.openmap.access.PublicUrls;
import fr.openmap.access.StaffSession;

import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The short check-in code printed on a participant's badge (and encoded in its QR code): 8 characters of
 * Crockford's base 32 (no I, L, O or U, so nothing to misread when typed), derived from the event and the ref
 * under the server secret. Stable across restarts and renderings, nothing stored, not guessable from the ref.
 */
@ApplicationScoped
public class CheckInCodes {

    /** Crockford's alphabet: digits and capitals without I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 8;

    @Inject
    AccessTokens tokens;
    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The participant's code, e.g. "7KQ2M9XD". */
    public String codeOf(long eventId, String ref) {
        byte[] mac = tokens.mac("check-in", eventId + "/" + ref);
        StringBuilder code = new StringBuilder(LENGTH);
        // 5 bits a character, read from the first 40 bits of the HMAC
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        for (int i = LENGTH - 1; i >= 0; i--) {
            code.append(ALPHABET.charAt((int) ((bits >> (5 * i)) & 31)));
        }
        return code.toString();
    }

    public String codeOf(Participant participant) {
        return codeOf(participant.event.id, participant.ref);
    }

    /** What the badge's QR code opens: the check-in of this participant in the console. */
    public String link(long eventId, String code) {
        return PublicUrls.at(publicUrl, StaffSession.pagePath(eventId) + "/check-in/" + code);
    }
}
