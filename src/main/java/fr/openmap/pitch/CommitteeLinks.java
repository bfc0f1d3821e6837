package fr.openmap.pitch;

import fr.openmap.outbox.OtherRecipients;
import fr.openmap.registration.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** The committee members' current review tokens, put into their emails when the outbox sends them. */
@ApplicationScoped
public class CommitteeLinks implements OtherRecipients {

    @Inject
    AccessTokens tokens;

    @Override
    public Optional<String> tokenOf(long eventId, String recipientRef) {
        if (!recipientRef.startsWith(PitchReviewer.RECIPIENT_PREFIX)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(recipientRef.substring(PitchReviewer.RECIPIENT_PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return PitchReviewer.<PitchReviewer>findByIdOptional(id).filter(r -> r.event.id == eventId)
                .map(r -> tokens.tokenFor(r.tokenSalt));
    }
}
