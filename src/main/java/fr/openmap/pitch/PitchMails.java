package fr.openmap.pitch;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

/**
 * Renders pitch notifications from the type-safe templates in {@code templates/PitchMails/}, one per kind, in the
 * recipient's language (words in {@link PitchMessages}).
 */
public final class PitchMails {

    public static final String SELECTED = "PITCH_SELECTED";
    public static final String WAITLISTED = "PITCH_WAITLISTED";
    public static final String NOT_SELECTED = "PITCH_NOT_SELECTED";
    public static final String PROMOTED = "PITCH_PROMOTED";

    private PitchMails() {
    }

    /** One message ready for the outbox. */
    public record Rendered(String subject, String text, String html) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance selected(PitchLetter letter);

        static native TemplateInstance waitlisted(PitchLetter letter);

        static native TemplateInstance notSelected(PitchLetter letter);

        static native TemplateInstance promoted(PitchLetter letter);
    }

    public static Rendered render(String kind, PitchLetter letter) {
        return new Rendered(subject(kind, letter),
                template(kind, letter).setVariant(Variant.forContentType(Variant.TEXT_PLAIN)).render(),
                template(kind, letter).setVariant(Variant.forContentType(Variant.TEXT_HTML)).render());
    }

    private static TemplateInstance template(String kind, PitchLetter letter) {
        TemplateInstance template = switch (kind) {
            case SELECTED -> Templates.selected(letter);
            case WAITLISTED -> Templates.waitlisted(letter);
            case NOT_SELECTED -> Templates.notSelected(letter);
            case PROMOTED -> Templates.promoted(letter);
            default -> throw new IllegalArgumentException("no pitch mail of kind " + kind);
        };
        return template.setLocale(letter.language().locale);
    }

    private static String subject(String kind, PitchLetter letter) {
        PitchMessages words = letter.language().messages(PitchMessages.class);
        return switch (kind) {
            case SELECTED -> words.selectedSubject(letter.update(), letter.eventTitle());
            case WAITLISTED -> words.waitlistedSubject(letter.update(), letter.eventTitle());
            case NOT_SELECTED -> words.notSelectedSubject(letter.update(), letter.eventTitle());
            case PROMOTED -> words.promotedSubject(letter.eventTitle());
            default -> throw new IllegalArgumentException("no pitch mail of kind " + kind);
        };
    }
}
