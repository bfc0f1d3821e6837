package fr.openmap.spreadsheet;

import fr.openmap.i18n.Text;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problems;

/** Which participants a spreadsheet holds: one kind per file. */
public enum Kind {
    BUYERS("buyers"),
    STRUCTURES("structures");

    /** As written in the API ({@code ?kind=buyers}). */
    public final String param;

    Kind(String param) {
        this.param = param;
    }

    /** The kind named {@code buyers} or {@code structures}; a 422 naming {@code location} otherwise. */
    public static Kind of(String location, String value) {
        for (Kind kind : values()) {
            if (kind.param.equals(value)) {
                return kind;
            }
        }
        throw InvalidInputException.of(location, value == null || value.isBlank()
                ? Text.of("is required: buyers or structures", "est obligatoire : buyers ou structures")
                : Text.of("unknown kind '" + Problems.shown(value) + "': expected buyers or structures",
                        "type inconnu « " + Problems.shown(value) + " » : buyers ou structures attendu"));
    }
}
