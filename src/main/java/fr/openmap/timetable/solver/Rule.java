package fr.openmap.timetable.solver;

import java.util.Arrays;
import java.util.Optional;

/**
 * The scheduling rules, by the name used everywhere: the constraint provider's methods,
 * {@code scheduling-rules/rules.properties} and the README's rule table.
 */
public enum Rule {
    BUYER_DOUBLE_BOOKED("buyerDoubleBooked", Level.HARD, "A buyer holds one meeting at a time."),
    STRUCTURE_OVERBOOKED("structureOverbooked", Level.HARD,
            "A structure holds at most as many meetings at once as it sends representatives."),
    BUYER_UNAVAILABLE("buyerUnavailable", Level.HARD, "A buyer does not meet during their unavailable windows."),
    STRUCTURE_UNAVAILABLE("structureUnavailable", Level.HARD,
            "A structure does not meet during its unavailable windows, nor while it pitches (SELECTED pitch)."),
    BUYER_OVER_MAX_MEETINGS("buyerOverMaxMeetings", Level.HARD, "A buyer gets no more meetings than their maxMeetings."),
    STRUCTURE_OVER_MAX_MEETINGS("structureOverMaxMeetings", Level.HARD,
            "A structure gets no more meetings than its maxMeetings."),
    BUYER_WITHOUT_TABLE("buyerWithoutTable", Level.HARD, "A buyer left without a table (more buyers than tables) does not meet."),
    STRUCTURE_WITHOUT_MEETING("structureWithoutMeeting", Level.SERVED,
            "Every structure that has someone to meet gets at least one meeting."),
    MEETING_WEIGHT("meetingWeight", Level.WEIGHT,
            "Each scheduled pair earns 4 - priority for each of its non-declined requests."),
    BUYER_GAPS("buyerGaps", Level.GAPS,
            "A buyer has no idle slot between their first and last meeting of a networking session."),
    STRUCTURE_GAPS("structureGaps", Level.GAPS,
            "A structure has no slot without any meeting between its first and last meeting of a networking session.");

    /** Score levels, most important first; the score compares them lexicographically. */
    public enum Level {
        HARD(true, 0), SERVED(false, 0), WEIGHT(false, 1), GAPS(false, 2);

        private final boolean hard;
        private final int index;

        Level(boolean hard, int index) {
            this.hard = hard;
            this.index = index;
        }

        public boolean isHard() {
            return hard;
        }

        /** Index of the level among the hard levels or among the soft levels. */
        public int index() {
            return index;
        }
    }

    private final String id;
    private final Level level;
    private final String meaning;

    Rule(String id, Level level, String meaning) {
        this.id = id;
        this.level = level;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public String meaning() {
        return meaning;
    }

    public boolean isHard() {
        return level.isHard();
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
