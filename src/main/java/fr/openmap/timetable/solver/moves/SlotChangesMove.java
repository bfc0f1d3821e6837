package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.TimetableSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives several meetings new slots (or none) in one step: the compound moves of
 * {@link TimetableMoveIteratorFactory} so that the solver walks from plan to plan without
 * passing through plans that break a hard rule.
 */
public final class SlotChangesMove extends AbstractMove<TimetableSolution> {

    private final String type;
    private final MeetingAssignment[] meetings;
    private final Slot[] toSlots;

    public SlotChangesMove(String type, MeetingAssignment[] meetings, Slot[] toSlots) {
        this.type = type;
        this.meetings = meetings;
        this.toSlots = toSlots;
    }

    /** The new slot of each changed meeting (null: the pair does not meet), in the order they change. */
    Map<MeetingAssignment, Slot> changes() {
        Map<MeetingAssignment, Slot> changes = new LinkedHashMap<>();
        for (int i = 0; i < meetings.length; i++) {
            changes.put(meetings[i], toSlots[i]);
        }
        return changes;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<TimetableSolution> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < meetings.length; i++) {
            if (meetings[i].isPinned()) {
                return false;
            }
            changes |= !Objects.equals(meetings[i].getSlot(), toSlots[i]);
        }
        return changes;
    }

    @Override
    protected SlotChangesMove createUndoMove(ScoreDirector<TimetableSolution> scoreDirector) {
        MeetingAssignment[] undoMeetings = new MeetingAssignment[meetings.length];
        Slot[] undoSlots = new Slot[meetings.length];
        for (int i = 0; i < meetings.length; i++) {
            int j = meetings.length - 1 - i;
            undoMeetings[i] = meetings[j];
            undoSlots[i] = meetings[j].getSlot();
        }
        return new SlotChangesMove(type, undoMeetings, undoSlots);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<TimetableSolution> scoreDirector) {
        for (int i = 0; i < meetings.length; i++) {
            scoreDirector.beforeVariableChanged(meetings[i], MeetingAssignment.SLOT);
            meetings[i].setSlot(toSlots[i]);
            scoreDirector.afterVariableChanged(meetings[i], MeetingAssignment.SLOT);
        }
    }

    @Override
    public SlotChangesMove rebase(ScoreDirector<TimetableSolution> destinationScoreDirector) {
        MeetingAssignment[] rebased = new MeetingAssignment[meetings.length];
        for (int i = 0; i < meetings.length; i++) {
            rebased[i] = destinationScoreDirector.lookUpWorkingObject(meetings[i]);
        }
        // Slots are immutable values: the same instance is valid in every working copy.
        return new SlotChangesMove(type, rebased, toSlots.clone());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "SlotChangesMove(" + type + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return Arrays.asList(meetings);
    }

    @Override
    public Collection<?> getPlanningValues() {
        List<Slot> values = new ArrayList<>();
        for (Slot slot : toSlots) {
            if (slot != null) {
                values.add(slot);
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlotChangesMove move && Arrays.equals(meetings, move.meetings)
                && Arrays.equals(toSlots, move.toSlots);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(meetings) + Arrays.hashCode(toSlots);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(type).append(" {");
        for (int i = 0; i < meetings.length; i++) {
            text.append(i == 0 ? "" : ", ").append(meetings[i].getId()).append(" -> ")
                    .append(toSlots[i] == null ? "-" : toSlots[i].index());
        }
        return text.append('}').toString();
    }
}
