package fr.openmap.timetable.solver.moves;

import fr.openmap.event.Slot;
import fr.openmap.timetable.solver.MeetingAssignment;
import fr.openmap.timetable.solver.TimetableSolution;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random compound moves for local search: draws a meeting and a kind of move by the weights of {@link MoveMix},
 * lets that kind propose slot changes ({@link PlaceInSlot}, {@link SwapSlots}, {@link KempeChain},
 * {@link DropMeeting}, {@link CloseGap}) and offers them once {@link ClashRepair} has made them keep the hard
 * rules, so the search trades weight, served structures and gaps directly.
 */
public class TimetableMoveIteratorFactory implements MoveIteratorFactory<TimetableSolution, Move<TimetableSolution>> {

    private static final int MAX_TRIES = 16;

    private final Map<MoveMix, MoveKind> kinds = new EnumMap<>(MoveMix.class);
    private MoveIndex index;

    public TimetableMoveIteratorFactory() {
        KempeChain kempeChain = new KempeChain();
        kinds.put(MoveMix.CLOSE_GAP, new CloseGap(kempeChain));
        kinds.put(MoveMix.PLACE, new PlaceInSlot());
        kinds.put(MoveMix.SWAP, new SwapSlots());
        kinds.put(MoveMix.KEMPE, kempeChain);
        kinds.put(MoveMix.DROP, new DropMeeting());
    }

    @Override
    public void phaseStarted(ScoreDirector<TimetableSolution> scoreDirector) {
        index = new MoveIndex(scoreDirector.getWorkingSolution());
    }

    @Override
    public long getSize(ScoreDirector<TimetableSolution> scoreDirector) {
        ensureIndexed(scoreDirector.getWorkingSolution());
        return (long) index.movable().size() * Math.max(1, scoreDirector.getWorkingSolution().getSlots().size());
    }

    @Override
    public Iterator<Move<TimetableSolution>> createOriginalMoveIterator(ScoreDirector<TimetableSolution> scoreDirector) {
        throw new UnsupportedOperationException("timetable moves are random only");
    }

    @Override
    public Iterator<Move<TimetableSolution>> createRandomMoveIterator(ScoreDirector<TimetableSolution> scoreDirector,
                                                                       Random random) {
        ensureIndexed(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !index.movable().isEmpty();
            }

            @Override
            public Move<TimetableSolution> next() {
                return nextMove(random);
            }
        };
    }

    private void ensureIndexed(TimetableSolution solution) {
        if (index == null || !index.covers(solution)) {
            index = new MoveIndex(solution);
        }
    }

    private Move<TimetableSolution> nextMove(Random random) {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            List<MeetingAssignment> movable = index.movable();
            MeetingAssignment meeting = movable.get(random.nextInt(movable.size()));
            MoveMix drawn = MoveMix.draw(random);
            if (drawn != MoveMix.CLOSE_GAP && meeting.getSlot() == null) {
                // An unplanned meeting can only take a slot.
                drawn = MoveMix.PLACE;
            }
            Proposal proposal = kinds.get(drawn).propose(index, meeting, random);
            if (proposal != null && ClashRepair.repair(proposal, index, random)) {
                return proposal.toMove();
            }
        }
        // Nothing doable found this time: an empty move is filtered out by the solver.
        return new SlotChangesMove("none", new MeetingAssignment[0], new Slot[0]);
    }
}
