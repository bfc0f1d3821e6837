package fr.openmap.validation;

import fr.openmap.i18n.Text;

/** Something named in the request does not exist (or is not the caller's to see): HTTP 404. */
public class NotFoundException extends RuntimeException {

    private final Text text;

    public NotFoundException(Text text) {
        super(text.english());
        this.text = text;
    }


    /** The sentence in both languages; {@link #getMessage()} is the English one. */
    public Text text() {
        return text;
    }
}
