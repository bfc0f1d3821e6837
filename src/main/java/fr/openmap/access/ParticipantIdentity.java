package fr.openmap.access;

import fr.openmap.i18n.Text;
import fr.openmap.validation.NotFoundException;

/**
 * What the access rules know of a buyer or a structure: which kind, which one, of which event. The
 * participants' entities implement it, so that {@link Caller} decides ownership without depending on them.
 */
public interface ParticipantIdentity {

    ParticipantPrincipal.Kind participantKind();

    long participantId();

    long participantEventId();

    String participantRef();

    /** The answer for a buyer or structure that does not exist, or that the caller may not see. */
    static NotFoundException notFound(long eventId, String ref, ParticipantPrincipal.Kind kind) {
        String where = " « " + ref + " » dans l'événement " + eventId;
        return new NotFoundException(Text.of("no " + kind.word + " '" + ref + "' in event " + eventId,
                (kind == ParticipantPrincipal.Kind.BUYER ? "aucun acheteur" : "aucune structure") + where));
    }
}
