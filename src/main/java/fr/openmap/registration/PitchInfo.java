package fr.openmap.registration;

/** A structure's pitch status and rank in its call for pitches, when it has one. */
public record PitchInfo(PitchStatus status, Integer rank) {
}
