package fr.openmap.registration;

import fr.openmap.storage.DataFolder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Personal access tokens. A token is the HMAC of a random per-participant salt under a server
 * secret kept outside the database; the database stores only the salt and the token's SHA-256.
 * So a database copy reveals no token, while the service can put a participant's link in their
 * emails again (renewing the salt revokes the old token).
 */
@ApplicationScoped
public class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] secret;

    public AccessTokens(@ConfigProperty(name = "openmap.token-secret") Optional<String> configured,
                        @ConfigProperty(name = "openmap.data-dir", defaultValue = "./data") String dataDir) {
        this.secret = configured.filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> secretFile(Path.of(dataDir, "token-secret")));
    }

    /** Gives the participant a new token (revoking any previous one) and returns it. */
    public String issue(Participant participant) {
        participant.tokenSalt = newSalt();
        String token = tokenOf(participant);
        participant.tokenHash = hash(token);
        return token;
    }

    /** The participant's current token, recomputed from its salt (43 URL-safe characters). */
    public String tokenOf(Participant participant) {
        return tokenFor(participant.tokenSalt);
    }

    /** A new random salt (the pitch committee's review links are made the same way as participants' links). */
    public static String newSalt() {
        byte[] salt = new byte[24];
        RANDOM.nextBytes(salt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
    }

    /** The token derived from this salt. */
    public String tokenFor(String salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] token = mac.doFinal(salt.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * An HMAC-SHA256 of {@code value} under the same server secret, kept apart from the tokens by {@code purpose}
     * (another feature's short codes, which must be stable and not guessable, without storing anything).
     */
    public byte[] mac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal((purpose + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Without OPENMAP_TOKEN_SECRET, a random secret is made once and kept in the data folder (owner-only). */
    private static byte[] secretFile(Path file) {
        return Base64.getDecoder().decode(DataFolder.secret(file));
    }
}
