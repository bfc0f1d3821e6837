package fr.openmap.timetable.solver;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

/**
 * The scheduling rules of the event format, one method per rule named like the rule
 * (see {@link Rule} and {@code scheduling-rules/README.md}). Weights come from
 * {@link TimetableConstraintConfiguration}. Every stream is indexed by participant or slot,
 * so none of them is quadratic in the number of pairs.
 */
public class TimetableConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                buyerDoubleBooked(factory),
                structureOverbooked(factory),
                buyerUnavailable(factory),
                structureUnavailable(factory),
                buyerOverMaxMeetings(factory),
                structureOverMaxMeetings(factory),
                buyerWithoutTable(factory),
                structureWithoutMeeting(factory),
                publishedMeetingChanged(factory),
                meetingWeight(factory),
                buyerGaps(factory),
                structureGaps(factory)
        };
    }

    /** See {@link Rule#BUYER_DOUBLE_BOOKED}. */
    Constraint buyerDoubleBooked(ConstraintFactory factory) {
        return factory.forEachUniquePair(MeetingAssignment.class,
                        equal(MeetingAssignment::getBuyer), equal(MeetingAssignment::getSlot))
                .penalizeConfigurable()
                .asConstraint(Rule.BUYER_DOUBLE_BOOKED.id());
    }

    /** See {@link Rule#STRUCTURE_OVERBOOKED}. */
    Constraint structureOverbooked(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .groupBy(MeetingAssignment::getStructure, MeetingAssignment::getSlot, count())
                .filter((structure, slot, meetings) -> meetings > Occupancy.atOnce(structure))
                .penalizeConfigurable((structure, slot, meetings) -> meetings - Occupancy.atOnce(structure))
                .asConstraint(Rule.STRUCTURE_OVERBOOKED.id());
    }

    /** See {@link Rule#BUYER_UNAVAILABLE}. */
    Constraint buyerUnavailable(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.getBuyer().isUnavailableAt(meeting.getSlot()))
                .penalizeConfigurable()
                .asConstraint(Rule.BUYER_UNAVAILABLE.id());
    }

    /** See {@link Rule#STRUCTURE_UNAVAILABLE}. */
    Constraint structureUnavailable(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.getStructure().isUnavailableAt(meeting.getSlot()))
                .penalizeConfigurable()
                .asConstraint(Rule.STRUCTURE_UNAVAILABLE.id());
    }

    /** See {@link Rule#BUYER_OVER_MAX_MEETINGS}. */
    Constraint buyerOverMaxMeetings(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.getBuyer().hasMaxMeetings())
                .groupBy(MeetingAssignment::getBuyer, count())
                .filter((buyer, meetings) -> meetings > buyer.getMaxMeetings())
                .penalizeConfigurable((buyer, meetings) -> meetings - buyer.getMaxMeetings())
                .asConstraint(Rule.BUYER_OVER_MAX_MEETINGS.id());
    }

    /** See {@link Rule#STRUCTURE_OVER_MAX_MEETINGS}. */
    Constraint structureOverMaxMeetings(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.getStructure().hasMaxMeetings())
                .groupBy(MeetingAssignment::getStructure, count())
                .filter((structure, meetings) -> meetings > structure.getMaxMeetings())
                .penalizeConfigurable((structure, meetings) -> meetings - structure.getMaxMeetings())
                .asConstraint(Rule.STRUCTURE_OVER_MAX_MEETINGS.id());
    }

    /** See {@link Rule#BUYER_WITHOUT_TABLE}. */
    Constraint buyerWithoutTable(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> !meeting.getBuyer().hasTable())
                .penalizeConfigurable()
                .asConstraint(Rule.BUYER_WITHOUT_TABLE.id());
    }

    /** See {@link Rule#STRUCTURE_WITHOUT_MEETING}. */
    Constraint structureWithoutMeeting(ConstraintFactory factory) {
        return factory.forEach(PlannedStructure.class)
                .filter(PlannedStructure::isCandidate)
                .ifNotExists(MeetingAssignment.class, equal(structure -> structure, MeetingAssignment::getStructure))
                .penalizeConfigurable()
                .asConstraint(Rule.STRUCTURE_WITHOUT_MEETING.id());
    }

    /** See {@link Rule#PUBLISHED_MEETING_CHANGED}; a cancelled meeting has no slot, hence the null-including stream. */
    Constraint publishedMeetingChanged(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(MeetingAssignment.class)
                .filter(meeting -> meeting.publishedChangeCost() > 0)
                .penalizeConfigurable(MeetingAssignment::publishedChangeCost)
                .asConstraint(Rule.PUBLISHED_MEETING_CHANGED.id());
    }

    /** See {@link Rule#MEETING_WEIGHT}. */
    Constraint meetingWeight(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .filter(meeting -> meeting.getWeight() > 0)
                .rewardConfigurable(MeetingAssignment::getWeight)
                .asConstraint(Rule.MEETING_WEIGHT.id());
    }

    /** See {@link Rule#BUYER_GAPS}. */
    Constraint buyerGaps(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .groupBy(MeetingAssignment::getBuyer, MeetingAssignment::slotSession, IdleGaps.inSession())
                .filter((buyer, session, idle) -> idle > 0)
                .penalizeConfigurable((buyer, session, idle) -> idle)
                .asConstraint(Rule.BUYER_GAPS.id());
    }

    /** See {@link Rule#STRUCTURE_GAPS}. */
    Constraint structureGaps(ConstraintFactory factory) {
        return factory.forEach(MeetingAssignment.class)
                .groupBy(MeetingAssignment::getStructure, MeetingAssignment::slotSession, IdleGaps.inSession())
                .filter((structure, session, idle) -> idle > 0)
                .penalizeConfigurable((structure, session, idle) -> idle)
                .asConstraint(Rule.STRUCTURE_GAPS.id());
    }
}
