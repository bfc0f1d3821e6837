package fr.openmap.outbox;

import java.util.Optional;

/**
 * Recipients with a personal link who are not participants (the pitch committee): the feature that writes
 * their messages gives their current token when a message is sent. Their refs contain
 * {@link #REF_SEPARATOR}, which no participant's ref can, so the two never meet.
 */
public interface OtherRecipients {

    String REF_SEPARATOR = ":";

    /** The current token of this recipient of the event, if they are one of this feature's. */
    Optional<String> tokenOf(long eventId, String recipientRef);
}
