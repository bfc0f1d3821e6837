package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.bendablelong.BendableLongScore;

import java.util.List;

/**
 * The planning problem of one event's timetable, and once solved its best plan: one
 * {@link MeetingAssignment} per candidate pair, each with a slot or none.
 */
@PlanningSolution
public class TimetableSolution {

    private String eventSlug;
    @ProblemFactCollectionProperty
    private List<Slot> slots;
    @ProblemFactCollectionProperty
    private List<PlannedBuyer> buyers;
    @ProblemFactCollectionProperty
    private List<PlannedStructure> structures;
    /** Every pair with a request, declined ones included, for the result's unscheduled list. */
    private List<RequestedPair> requestedPairs;
    @ConstraintConfigurationProvider
    private TimetableConstraintConfiguration constraintConfiguration;
    @PlanningEntityCollectionProperty
    private List<MeetingAssignment> meetings;
    @PlanningScore(bendableHardLevelsSize = TimetableConstraintConfiguration.HARD_LEVELS,
            bendableSoftLevelsSize = TimetableConstraintConfiguration.SOFT_LEVELS)
    private BendableLongScore score;

    public TimetableSolution() {
    }

    public TimetableSolution(String eventSlug, List<Slot> slots, List<PlannedBuyer> buyers,
                             List<PlannedStructure> structures, List<RequestedPair> requestedPairs,
                             TimetableConstraintConfiguration constraintConfiguration,
                             List<MeetingAssignment> meetings) {
        this.eventSlug = eventSlug;
        this.slots = slots;
        this.buyers = buyers;
        this.structures = structures;
        this.requestedPairs = requestedPairs;
        this.constraintConfiguration = constraintConfiguration;
        this.meetings = meetings;
    }

    public String getEventSlug() {
        return eventSlug;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<PlannedBuyer> getBuyers() {
        return buyers;
    }

    public List<PlannedStructure> getStructures() {
        return structures;
    }

    public List<RequestedPair> getRequestedPairs() {
        return requestedPairs;
    }

    public TimetableConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public List<MeetingAssignment> getMeetings() {
        return meetings;
    }

    public BendableLongScore getScore() {
        return score;
    }

    public void setScore(BendableLongScore score) {
        this.score = score;
    }
}
