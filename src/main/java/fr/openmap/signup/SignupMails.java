package fr.openmap.signup;

import fr.openmap.event.Event;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.MessageBody;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.registration.Participant;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The emails of self-registration, from the type-safe templates in {@code templates/SignupMails/} (HTML and
 * plain text, words in {@link SignupMessages}), in the recipient's language: registered (with the personal
 * link), your link (registered again, or a lost link), approved (with the link), refused (with the reason).
 */
@ApplicationScoped
public class SignupMails {

    public static final String REGISTERED = "REGISTERED";
    public static final String YOUR_LINK = "YOUR_LINK";
    public static final String APPROVED = "REGISTRATION_APPROVED";
    public static final String REFUSED = "REGISTRATION_REFUSED";

    @Inject
    PersonalLinks links;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(SignupLetter letter, String personalLink);

        static native TemplateInstance text(SignupLetter letter, String personalLink);
    }

    Outbox.Message compose(String kind, Participant participant) {
        Event event = participant.event;
        Language language = Language.of(participant.language);
        SignupLetter letter = new SignupLetter(kind, language, participant.contactName, event.title, event.date,
                event.venue, !participant.approved(), participant.refusalReason, event.organizerName, event.organizerEmail);
        MessageBody html = links.render(participant,
                link -> Templates.html(letter, link).setLocale(language.locale).render());
        MessageBody text = links.render(participant,
                link -> Templates.text(letter, link).setLocale(language.locale).render());
        return new Outbox.Message(kind, subject(letter), text, html, null);
    }

    private static String subject(SignupLetter letter) {
        SignupMessages words = letter.language().messages(SignupMessages.class);
        return switch (letter.kind()) {
            case REGISTERED -> words.registeredSubject(letter.pending(), letter.eventTitle());
            case YOUR_LINK -> words.yourLinkSubject(letter.eventTitle());
            case APPROVED -> words.approvedSubject(letter.eventTitle());
            case REFUSED -> words.refusedSubject(letter.eventTitle());
            default -> throw new IllegalArgumentException("no registration mail of kind " + letter.kind());
        };
    }
}
