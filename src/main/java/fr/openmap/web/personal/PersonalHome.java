package fr.openmap.web.personal;

import fr.openmap.access.PersonalSession;
import fr.openmap.agenda.ParticipantAgendas;
import fr.openmap.agenda.ParticipantAgendas.SentAgenda;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.i18n.Language;
import fr.openmap.registration.Participant;
import fr.openmap.requests.MeetingRequest;
import fr.openmap.requests.MeetingRequestService;
import fr.openmap.requests.RequestStatus;
import fr.openmap.requests.RequestTransitions;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The rendering of a personal space's home page, one for both who see it: the participant ({@link PersonalPage}) and
 * an organizer read-only ({@link ViewAsPage}). Apart from the pages because their roles differ.
 */
@ApplicationScoped
class PersonalHome {

    @Inject
    PersonalSpace space;
    @Inject
    ParticipantAgendas agendas;
    @Inject
    MeetingRequestService requests;

    /**
     * The home page of {@code me}'s space, as they see it; in an organizer's read-only view (see
     * PersonalSpace#asOrganizer) under its banner, without a form, a button or a link into the space.
     */
    @Transactional
    TemplateInstance render(Participant me, String notice, String refusal) {
        return render(me, notice, refusal, PersonalPage.Answering.NONE);
    }

    /** As the page is, with an answer refused for its input: what was typed and the problem, next to that request's field. */
    @Transactional
    TemplateInstance render(Participant me, String notice, String refusal, PersonalPage.Answering answering) {
        boolean readOnly = space.readOnly();
        long eventId = me.event.id;
        String ref = me.ref;
        Language language = space.language();
        PersonalMessages words = space.words();
        SentAgenda sent = agendas.published(eventId, ref, language).orElse(null);
        String sentOn = null;
        if (sent != null) {
            ZonedDateTime at = sent.sentAt().atZone(ZoneId.of(me.event.timezone));
            sentOn = words.agendaSentOn(DateTimeFormats.fullDate(at.toLocalDate(), language),
                    DateTimeFormats.shortTime(at.toLocalTime(), language));
        }
        boolean frozen = RequestTransitions.Freeze.now(me.event.answersFrozenAt, me.event).frozen();
        // read-only: the lines offer no action, as when answers are frozen
        boolean locked = frozen || readOnly;
        // a participant is listed their own requests only; an organizer all the event's: keep this participant's
        List<PersonalPage.RequestLine> lines = requests.list(eventId).stream()
                .filter(r -> r.buyer.ref.equals(ref) || r.structure.ref.equals(ref))
                .map(r -> line(r, me, language, locked, answering)).toList();
        return space.localized(PersonalPage.Templates.page(space.frame(words.navHome(), PersonalSection.HOME), sent, sentOn,
                readOnly ? null : space.path("/agenda.ics"), sent == null ? List.of() : sent.unmet().stream()
                        .map(u -> new PersonalPage.UnmetLine(u.counterpart(), space.sentence(u.reason()))).toList(), lines.stream().filter(l -> !l.askedByMe()).toList(),
                lines.stream().filter(PersonalPage.RequestLine::askedByMe).toList(), notice, refusal,
                frozen ? words.answersFrozen() : null, PersonalSession.pagePath(eventId, ref) + "/requests/"));
    }

    /**
     * The one asked may answer, and change their answer, and the one who asked may withdraw a request not declined,
     * until answers are frozen (see RequestTransitions, which decides; this only spares buttons that would be refused).
     */
    private static PersonalPage.RequestLine line(MeetingRequest r, Participant me, Language language, boolean frozen,
                                                 PersonalPage.Answering answering) {
        boolean refused = answering.requestId() == r.id;
        boolean askedByMe = r.fromRef().equals(me.ref);
        Participant other = r.buyer.ref.equals(me.ref) ? r.structure : r.buyer;
        boolean mayAnswer = !askedByMe && !frozen;
        return new PersonalPage.RequestLine(r.id, other.displayName(), askedByMe, r.priority,
                MeetingRequest.priorityWords(r.priority).in(language), PersonalPage.status(r.status, language), r.message,
                refused ? answering.typed() : r.answerMessage, mayAnswer && r.status != RequestStatus.ACCEPTED,
                mayAnswer && r.status != RequestStatus.DECLINED,
                askedByMe && !frozen && r.status != RequestStatus.DECLINED, refused ? answering.problem() : null);
    }
}
