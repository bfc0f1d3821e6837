package fr.openmap.validation;

import fr.openmap.i18n.Text;

/** Something named in the request does not exist (or is not the caller's to see): HTTP 404. */
public class NotFoundException extends RuntimeException {

    private final Text text;

    public NotFoundException(Text text) {
        super(text.english());
        this.text = text;
    }

    /** English only, for the sites not translated yet (the agenda and outbox). */
    public NotFoundException(String english) {
        this(Text.english(english));
    }

    /** The sentence in both languages; {@link #getMessage()} is the English one. */
    public Text text() {
        return text;
    }
}
