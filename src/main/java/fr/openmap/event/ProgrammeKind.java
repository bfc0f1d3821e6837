package fr.openmap.event;

/** The kinds of items a matinale's programme is made of. */
public enum ProgrammeKind {
    WELCOME, OPENING, ROUND_TABLE, PITCHES, NETWORKING, EXHIBITION, CLOSING, OTHER
}
