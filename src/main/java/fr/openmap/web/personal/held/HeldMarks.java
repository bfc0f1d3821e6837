package fr.openmap.web.personal.held;

import fr.openmap.agenda.ParticipantAgenda.MeetingLine;
import fr.openmap.day.held.MeetingOutcomes;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.Participant;
import fr.openmap.web.personal.PersonalSpace;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * What the personal page shows under each meeting of the agenda sent (the tag {@code meetingHeld}, reading
 * {@code inject:heldMarks}): once it has begun, whether it took place as this participant said, and the form to
 * say or correct it; nothing to change in an organizer's read-only view.
 */
@Named("heldMarks")
@RequestScoped
public class HeldMarks {

    /** The query parameter of the page shown after an answer: the other side's ref, whose line says "noted". */
    static final String SAVED = "held";

    @Inject
    PersonalSpace space;
    @Inject
    MeetingOutcomes outcomes;
    @Inject
    HttpServerRequest request;

    private Map<String, Boolean> said;

    /**
     * One meeting's line: {@code begun} whether it may be marked; {@code answered} and {@code held} what this
     * participant said; {@code saved} just answered; {@code action} the form's address (null: read-only).
     */
    public record Mark(String id, String with, String counterpart, boolean begun, boolean answered, boolean held,
                       boolean saved, String action) {
    }

    public Mark of(MeetingLine line) {
        Participant me = space.participant();
        String with = me instanceof Buyer ? line.meeting().structure() : line.meeting().buyer();
        if (said == null) {
            said = outcomes.answersOf(me.event.id, me.ref);
        }
        Boolean answer = said.get(with);
        return new Mark("held-" + with, with, line.counterpart(), outcomes.begun(me.event, line.meeting()),
                answer != null, Boolean.TRUE.equals(answer), with.equals(request.getParam(SAVED)),
                space.readOnly() ? null : space.path("/held"));
    }
}
