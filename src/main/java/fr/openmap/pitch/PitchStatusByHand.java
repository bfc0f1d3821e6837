package fr.openmap.pitch;

import fr.openmap.i18n.Text;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.PitchStatusGuard;
import fr.openmap.registration.Structure;
import fr.openmap.validation.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Objects;

/** After the selection, a pitch status is the pitch pages' to change ({@link PitchSelectionService#override}). */
@ApplicationScoped
public class PitchStatusByHand implements PitchStatusGuard {

    static final Text AFTER_SELECTION = Text.of(
            "changes after the selection only on the pitch page, with a reason kept in the pitch journal",
            "ne se change après la sélection que depuis la page Pitch, avec une raison gardée au journal des décisions");

    @Override
    public void checkChange(Structure structure, PitchStatus status, Integer rank) {
        boolean changed = structure.pitchStatus != status || !Objects.equals(structure.pitchRank, rank);
        if (changed && PitchCall.forEvent(structure.event).map(PitchCall::selectionMade).orElse(false)) {
            throw InvalidInputException.of("pitch.status", AFTER_SELECTION);
        }
    }
}
