package fr.openmap.requests;

import fr.openmap.i18n.Text;

/** The answer of the one asked for a meeting. */
public enum RequestStatus {
    PENDING(Text.of("pending", "en attente")),
    ACCEPTED(Text.of("accepted", "acceptée")),
    DECLINED(Text.of("declined", "déclinée"));

    /** The status in words, as pages and refusals say it ("la demande est acceptée"). */
    public final Text words;

    RequestStatus(Text words) {
        this.words = words;
    }
}
