package fr.openmap.registration;

/** Where a structure stands in the call for pitches. */
public enum PitchStatus {
    APPLIED, SELECTED, WAITLISTED, NOT_SELECTED, WITHDRAWN
}
