package fr.openmap.access;

import fr.openmap.i18n.Text;
import io.quarkus.security.AuthenticationFailedException;

import java.util.HashMap;
import java.util.Map;

/** Why a sign-in was refused, in both languages: carried by the failure to the error mapper, which answers 401 or 429. */
public final class SignInFailures {

    /** Attribute of the failure holding its {@link Text}. */
    public static final String TEXT = "openmap.text";

    public static final Text WRONG_CREDENTIALS = Text.of("wrong user name or password",
            "nom d'utilisateur ou mot de passe incorrect");

    private SignInFailures() {
    }

    public static AuthenticationFailedException refused(Text why) {
        return refused(why, Map.of());
    }

    /** A refusal with more attributes (how long to wait). */
    public static AuthenticationFailedException refused(Text why, Map<String, Object> attributes) {
        Map<String, Object> all = new HashMap<>(attributes);
        all.put(TEXT, why);
        return new AuthenticationFailedException(why.english(), all);
    }

    /** The sentence of a refusal; a failure raised by Quarkus itself says nothing: wrong credentials, then. */
    public static Text why(AuthenticationFailedException failure) {
        Object text = failure.getAttribute(TEXT);
        if (text instanceof Text known) {
            return known;
        }
        return failure.getMessage() == null ? WRONG_CREDENTIALS : Text.english(failure.getMessage());
    }
}
