package fr.openmap.pitch;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

/** Renders pitch notifications from the type-safe templates in {@code templates/PitchMails/} (French, or English). */
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
        static native TemplateInstance selected_fr(PitchLetter letter);

        static native TemplateInstance selected_en(PitchLetter letter);

        static native TemplateInstance waitlisted_fr(PitchLetter letter);

        static native TemplateInstance waitlisted_en(PitchLetter letter);

        static native TemplateInstance notSelected_fr(PitchLetter letter);

        static native TemplateInstance notSelected_en(PitchLetter letter);

        static native TemplateInstance promoted_fr(PitchLetter letter);

        static native TemplateInstance promoted_en(PitchLetter letter);
    }

    public static Rendered render(String kind, PitchLetter letter) {
        return new Rendered(subject(kind, letter),
                template(kind, letter).setVariant(Variant.forContentType(Variant.TEXT_PLAIN)).render(),
                template(kind, letter).setVariant(Variant.forContentType(Variant.TEXT_HTML)).render());
    }

    private static TemplateInstance template(String kind, PitchLetter letter) {
        boolean en = letter.en();
        return switch (kind) {
            case SELECTED -> en ? Templates.selected_en(letter) : Templates.selected_fr(letter);
            case WAITLISTED -> en ? Templates.waitlisted_en(letter) : Templates.waitlisted_fr(letter);
            case NOT_SELECTED -> en ? Templates.notSelected_en(letter) : Templates.notSelected_fr(letter);
            case PROMOTED -> en ? Templates.promoted_en(letter) : Templates.promoted_fr(letter);
            default -> throw new IllegalArgumentException("no pitch mail of kind " + kind);
        };
    }

    private static String subject(String kind, PitchLetter letter) {
        boolean en = letter.en();
        String what = switch (kind) {
            case SELECTED -> en ? "your pitch is selected" : "votre pitch est retenu";
            case WAITLISTED -> en ? "your pitch application is on the waiting list" : "votre candidature au pitch est sur liste d'attente";
            case NOT_SELECTED -> en ? "your pitch application" : "votre candidature au pitch";
            case PROMOTED -> en ? "a place has opened up, your pitch is selected" : "une place s'est libérée, votre pitch est retenu";
            default -> throw new IllegalArgumentException("no pitch mail of kind " + kind);
        };
        String update = letter.update() && !PROMOTED.equals(kind) ? (en ? "Update: " : "Mise à jour : ") : "";
        String sentence = update + what;
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + " — " + letter.eventTitle();
    }
}
