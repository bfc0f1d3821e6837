package fr.openmap.validation;

import fr.openmap.i18n.Text;

/** The request clashes with the current state (a slug already taken, a slot already busy): HTTP 409. */
public class ConflictException extends RuntimeException {

    private final Text text;

    public ConflictException(Text text) {
        super(text.english());
        this.text = text;
    }


    /** The sentence in both languages; {@link #getMessage()} is the English one. */
    public Text text() {
        return text;
    }
}
