package fr.openmap.access;

import fr.openmap.i18n.Text;

/** Known caller, but not allowed to do this: HTTP 403. */
public class ForbiddenException extends RuntimeException {

    private final Text text;

    public ForbiddenException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** The sentence in both languages; {@link #getMessage()} is the English one. */
    public Text text() {
        return text;
    }
}
