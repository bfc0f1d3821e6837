package fr.openmap.pitch;

import java.util.List;
import java.util.Map;

/** The bodies the pitch API accepts, as sent; the services validate them and name every faulty field. */
public final class PitchForms {

    private PitchForms() {
    }

    /**
     * The call's settings. Dates are {@code YYYY-MM-DDTHH:MM} in the event's time zone (or ISO with an offset);
     * {@code criteria} maps criterion name to weight (default: four criteria, equal weights).
     */
    public record CallForm(String opensAt, String closesAt, Map<String, Double> criteria, Integer waitlistSize,
                           String coachingAt, String coachingPlace) {
    }

    public record ApplicationForm(String structure, String presentation, String offer, String socialImpact,
                                  List<String> references) {
    }

    /** New answers of an application; {@code reason} is required when the organizer edits one (kept in the audit). */
    public record ApplicationEditForm(String presentation, String offer, String socialImpact, List<String> references,
                                      String reason) {
    }

    /** {@code scores}: criterion name to a whole score from 1 to 5, for every criterion of the call. */
    public record ReviewForm(String structure, String reviewer, Map<String, Double> scores) {
    }

    /**
     * {@code tieBreak}: refs in the organizer's preferred order, to settle ties the selection reported;
     * {@code select} / {@code waitlist}: how many to select and wait-list (default: the places and waiting-list
     * positions not already taken); {@code redo}: replace a selection made before any applicant was told.
     */
    public record SelectionForm(List<String> tieBreak, String reason, Integer select, Integer waitlist, Boolean redo) {

        public SelectionForm(List<String> tieBreak, String reason) {
            this(tieBreak, reason, null, null, null);
        }
    }

    public record StatusForm(String status, String reason) {
    }

    public record WithdrawForm(String reason) {
    }
}
