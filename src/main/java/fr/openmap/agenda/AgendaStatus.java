package fr.openmap.agenda;

/**
 * One participant's agenda as the next send would treat it: {@code NEW} (never sent), {@code CHANGED} (their
 * meetings changed since last sent) or {@code UNCHANGED} (nothing to send them).
 */
public record AgendaStatus(String ref, String name, String email, boolean buyer, int meetings, State state) {

    /** Whether, and why, the next send writes to this participant. */
    public enum State {
        NEW, CHANGED, UNCHANGED
    }

    /** True when the next send writes to this participant. */
    public boolean due() {
        return state != State.UNCHANGED;
    }
}
