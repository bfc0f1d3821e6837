package fr.openmap.day.held;

/** What became of one meeting, from what its two sides said (see {@link #of}). */
public enum Outcome {
    HELD, NOT_HELD,
    /** Nobody said anything yet. */
    NO_ANSWER,
    /** One side said it took place, the other that it did not. */
    CONTRADICTORY;

    /**
     * Held if at least one side said held and nobody said not held; not held the other way round; otherwise
     * unknown: no answer, or the two sides contradict each other. {@code null}: that side has not answered.
     */
    public static Outcome of(Boolean buyerSaid, Boolean structureSaid) {
        boolean someHeld = Boolean.TRUE.equals(buyerSaid) || Boolean.TRUE.equals(structureSaid);
        boolean someNotHeld = Boolean.FALSE.equals(buyerSaid) || Boolean.FALSE.equals(structureSaid);
        if (someHeld && someNotHeld) {
            return CONTRADICTORY;
        }
        return someHeld ? HELD : someNotHeld ? NOT_HELD : NO_ANSWER;
    }

    /** Neither held nor not held: nobody said, or they disagree. */
    public boolean unknown() {
        return this == NO_ANSWER || this == CONTRADICTORY;
    }
}
