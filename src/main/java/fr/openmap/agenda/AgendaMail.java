package fr.openmap.agenda;

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

import java.time.Instant;

/**
 * The personal agenda email: its type-safe templates (templates/AgendaMail/, one HTML and one plain-text
 * version, their words in {@link AgendaMessages}) render a {@link ParticipantAgenda}, what changed since the
 * last one sent, and the participant's personal link; the calendar file goes with it.
 */
@ApplicationScoped
public class AgendaMail {

    public static final String AGENDA = "AGENDA";
    public static final String AGENDA_CHANGED = "AGENDA_CHANGED";

    @Inject
    PersonalLinks links;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(ParticipantAgenda a, AgendaChanges changes, String personalLink);

        static native TemplateInstance text(ParticipantAgenda a, AgendaChanges changes, String personalLink);
    }

    /** The message for {@code participant}: their agenda, what changed, and the calendar at {@code version}. */
    Outbox.Message compose(Event event, Participant participant, ParticipantAgenda agenda, AgendaChanges changes,
                           int version, Instant now) {
        Language language = agenda.language();
        AgendaMessages words = language.messages(AgendaMessages.class);
        MessageBody html = links.render(participant,
                link -> Templates.html(agenda, changes, link).setLocale(language.locale).render());
        MessageBody text = links.render(participant,
                link -> Templates.text(agenda, changes, link).setLocale(language.locale).render());
        String ics = AgendaCalendar.build(event, agenda, changes.removed(), version, words, now);
        return new Outbox.Message(changes.changed() ? AGENDA_CHANGED : AGENDA,
                words.subject(changes.changed(), event.title), text, html, ics);
    }
}
