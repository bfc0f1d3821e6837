package fr.openmap.digest;

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

import java.util.List;

/** The digest email, from the templates in {@code templates/DigestMails/} (HTML and text), in the recipient's language. */
@ApplicationScoped
public class DigestMails {

    public static final String DIGEST = "REQUEST_DIGEST";

    @Inject
    PersonalLinks links;

    /** One thing told: a new request from {@code counterpart} (with its priority in words), or their answer. */
    public record Line(DigestNote.Kind kind, String counterpart, String priority) {
        public boolean newRequest() {
            return kind == DigestNote.Kind.NEW_REQUEST;
        }

        public boolean accepted() {
            return kind == DigestNote.Kind.ACCEPTED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(String contactName, String eventTitle, List<Line> lines, String personalLink);

        static native TemplateInstance text(String contactName, String eventTitle, List<Line> lines, String personalLink);
    }

    Outbox.Message compose(Participant to, List<Line> lines) {
        Event event = to.event;
        Language language = Language.of(to.language);
        MessageBody html = links.render(to, link -> Templates.html(to.contactName, event.title, lines, link)
                .setLocale(language.locale).render());
        MessageBody text = links.render(to, link -> Templates.text(to.contactName, event.title, lines, link)
                .setLocale(language.locale).render());
        String subject = language.messages(DigestMessages.class).subject(lines.size(), event.title);
        return new Outbox.Message(DIGEST, subject, text, html, null);
    }
}
