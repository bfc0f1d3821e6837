package fr.openmap.timetable.solver;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

/** Run-time weights of every rule, taken from {@link SchedulingRules}; a zero weight switches a rule off. */
@ConstraintConfiguration(constraintPackage = TimetableConstraintConfiguration.CONSTRAINT_PACKAGE)
public class TimetableConstraintConfiguration {

    public static final String CONSTRAINT_PACKAGE = "fr.openmap.timetable";
    public static final int HARD_LEVELS = 1;
    public static final int SOFT_LEVELS = 4;

    @ConstraintWeight("buyerDoubleBooked")
    private BendableLongScore buyerDoubleBooked;
    @ConstraintWeight("structureOverbooked")
    private BendableLongScore structureOverbooked;
    @ConstraintWeight("buyerUnavailable")
    private BendableLongScore buyerUnavailable;
    @ConstraintWeight("structureUnavailable")
    private BendableLongScore structureUnavailable;
    @ConstraintWeight("buyerOverMaxMeetings")
    private BendableLongScore buyerOverMaxMeetings;
    @ConstraintWeight("structureOverMaxMeetings")
    private BendableLongScore structureOverMaxMeetings;
    @ConstraintWeight("buyerWithoutTable")
    private BendableLongScore buyerWithoutTable;
    @ConstraintWeight("structureWithoutMeeting")
    private BendableLongScore structureWithoutMeeting;
    @ConstraintWeight("publishedMeetingChanged")
    private BendableLongScore publishedMeetingChanged;
    @ConstraintWeight("meetingWeight")
    private BendableLongScore meetingWeight;
    @ConstraintWeight("buyerGaps")
    private BendableLongScore buyerGaps;
    @ConstraintWeight("structureGaps")
    private BendableLongScore structureGaps;

    public TimetableConstraintConfiguration() {
        this(SchedulingRules.defaults());
    }

    public TimetableConstraintConfiguration(SchedulingRules rules) {
        buyerDoubleBooked = weight(rules, Rule.BUYER_DOUBLE_BOOKED);
        structureOverbooked = weight(rules, Rule.STRUCTURE_OVERBOOKED);
        buyerUnavailable = weight(rules, Rule.BUYER_UNAVAILABLE);
        structureUnavailable = weight(rules, Rule.STRUCTURE_UNAVAILABLE);
        buyerOverMaxMeetings = weight(rules, Rule.BUYER_OVER_MAX_MEETINGS);
        structureOverMaxMeetings = weight(rules, Rule.STRUCTURE_OVER_MAX_MEETINGS);
        buyerWithoutTable = weight(rules, Rule.BUYER_WITHOUT_TABLE);
        structureWithoutMeeting = weight(rules, Rule.STRUCTURE_WITHOUT_MEETING);
        publishedMeetingChanged = weight(rules, Rule.PUBLISHED_MEETING_CHANGED);
        meetingWeight = weight(rules, Rule.MEETING_WEIGHT);
        buyerGaps = weight(rules, Rule.BUYER_GAPS);
        structureGaps = weight(rules, Rule.STRUCTURE_GAPS);
    }

    /** The score one match of the rule is worth at its level, zero when the rule is off. */
    public static BendableLongScore weight(SchedulingRules rules, Rule rule) {
        long weight = rules.effectiveWeight(rule);
        return rule.isHard()
                ? BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, rule.level().index(), weight)
                : BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, rule.level().index(), weight);
    }

    public BendableLongScore getBuyerDoubleBooked() {
        return buyerDoubleBooked;
    }

    public BendableLongScore getStructureOverbooked() {
        return structureOverbooked;
    }

    public BendableLongScore getBuyerUnavailable() {
        return buyerUnavailable;
    }

    public BendableLongScore getStructureUnavailable() {
        return structureUnavailable;
    }

    public BendableLongScore getBuyerOverMaxMeetings() {
        return buyerOverMaxMeetings;
    }

    public BendableLongScore getStructureOverMaxMeetings() {
        return structureOverMaxMeetings;
    }

    public BendableLongScore getBuyerWithoutTable() {
        return buyerWithoutTable;
    }

    public BendableLongScore getStructureWithoutMeeting() {
        return structureWithoutMeeting;
    }

    public BendableLongScore getPublishedMeetingChanged() {
        return publishedMeetingChanged;
    }

    public BendableLongScore getMeetingWeight() {
        return meetingWeight;
    }

    public BendableLongScore getBuyerGaps() {
        return buyerGaps;
    }

    public BendableLongScore getStructureGaps() {
        return structureGaps;
    }
}
