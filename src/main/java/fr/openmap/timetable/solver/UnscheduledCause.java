package fr.openmap.timetable.solver;

/** Why a requested pair did not get a meeting; {@link TimetableResult.LeftOutPair#reason()} says it in words. */
public enum UnscheduledCause {
    DECLINED_BY_STRUCTURE,
    DECLINED_BY_BUYER,
    DECLINED_BY_BOTH,
    BUYER_WITHOUT_TABLE,
    STRUCTURE_PITCHING,
    NO_COMMON_SLOT,
    BUYER_MAX_MEETINGS,
    STRUCTURE_MAX_MEETINGS,
    BUYER_FULL,
    STRUCTURE_FULL,
    BOTH_BUSY,
    NOT_PLACED,
    /** The organizer removed the meeting by hand; later solves keep it out until unpinned. */
    REMOVED_BY_ORGANIZER;

    /** The reason of {@link #REMOVED_BY_ORGANIZER}, the same at a solve and at the hand edit itself. */
    public static final fr.openmap.i18n.Text REMOVED_BY_ORGANIZER_REASON = fr.openmap.i18n.Text.of(
            "removed from the timetable by the organizer", "retiré du planning par l'organisateur");
}
