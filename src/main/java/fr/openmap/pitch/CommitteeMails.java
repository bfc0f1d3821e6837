package fr.openmap.pitch;

import fr.openmap.access.ReviewSession;
import fr.openmap.event.Event;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.MessageBody;
import fr.openmap.outbox.Outbox;
import fr.openmap.outbox.PersonalLinks;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The committee's emails, from {@code templates/CommitteeMails/}: the invitation with the personal review link,
 * and the reminder with the count left. As for participants, the stored body holds no token ({@link PersonalLinks}).
 */
@ApplicationScoped
public class CommitteeMails {

    public static final String INVITATION = "REVIEWER_INVITATION";
    public static final String REMINDER = "REVIEWER_REMINDER";

    @Inject
    PersonalLinks links;
    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(CommitteeLetter letter, String reviewLink);

        static native TemplateInstance text(CommitteeLetter letter, String reviewLink);
    }

    Outbox.Message compose(PitchReviewer member, int left) {
        Event event = member.event;
        Language language = Language.of(member.language);
        CommitteeLetter letter = new CommitteeLetter(left > 0, language, member.name, event.title, event.date, left,
                event.organizerName, event.organizerEmail);
        MessageBody html = links.render(link -> Templates.html(letter, link).setLocale(language.locale).render(),
                token -> ReviewSession.link(publicUrl, event.id, member.id, token));
        MessageBody text = links.render(link -> Templates.text(letter, link).setLocale(language.locale).render(),
                token -> ReviewSession.link(publicUrl, event.id, member.id, token));
        CommitteeMessages words = language.messages(CommitteeMessages.class);
        String subject = letter.reminder() ? words.reminderSubject(left, event.title) : words.invitationSubject(event.title);
        return new Outbox.Message(letter.reminder() ? REMINDER : INVITATION, subject, text, html, null);
    }
}
