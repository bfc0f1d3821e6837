package fr.openmap.registration;

/**
 * Whether a structure's pitch status may change with its registration data (the console's structure form, the
 * structures API). Implemented by the pitch feature, which sits above registration: once the committee's selection
 * is made, a status changes only through the pitch pages, with a reason in the pitch journal and the places kept.
 */
public interface PitchStatusGuard {

    /** Refuses (422 naming {@code pitch.status}) a change of {@code structure}'s status or rank to these. */
    void checkChange(Structure structure, PitchStatus status, Integer rank);
}
