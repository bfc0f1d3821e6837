package fr.openmap.timetable.solver;

import fr.openmap.event.Slot;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Idle slots: the slots between two of a participant's meetings in one session that hold none of
 * their meetings. One definition ({@link #walk}) for the score ({@link #inSession()}), the plan's
 * counts ({@link #total}) and the gap move ({@link #of}).
 */
public final class IdleGaps {

    private static final UniConstraintCollector<MeetingAssignment, Session, Integer> IN_SESSION = new InSession();
    /** For a group whose positions all lie in one session. */
    private static final SameSession ONE_SESSION = (earlier, later) -> true;

    private IdleGaps() {
    }

    /** One participant's idle slots, in time order. */
    public static List<Slot> of(List<Slot> slots, Collection<MeetingAssignment> meetings) {
        List<Slot> idle = new ArrayList<>(0);
        walk(occupied(meetings), sessionsOf(slots), (from, to) -> idle.addAll(slots.subList(from, to)));
        return idle;
    }

    /** How many idle slots the participants of these meetings have together, buyers and structures. */
    public static int total(List<Slot> slots, Collection<MeetingAssignment> meetings) {
        Map<Object, List<MeetingAssignment>> byParticipant = new LinkedHashMap<>();
        for (MeetingAssignment meeting : meetings) {
            if (meeting.getSlot() != null) {
                byParticipant.computeIfAbsent(meeting.getBuyer(), b -> new ArrayList<>()).add(meeting);
                byParticipant.computeIfAbsent(meeting.getStructure(), s -> new ArrayList<>()).add(meeting);
            }
        }
        SameSession sameSession = sessionsOf(slots);
        int idle = 0;
        for (List<MeetingAssignment> group : byParticipant.values()) {
            idle += walk(occupied(group), sameSession, null);
        }
        return idle;
    }

    /**
     * The score's collector: the idle slots of a group of meetings that all lie in one session (group by
     * participant and {@link MeetingAssignment#slotSession}), kept up to date as meetings move.
     */
    public static UniConstraintCollector<MeetingAssignment, ?, Integer> inSession() {
        return IN_SESSION;
    }

    /** Whether two occupied positions lie in one session, so that the positions between them can be idle. */
    @FunctionalInterface
    private interface SameSession {
        boolean test(int earlier, int later);
    }

    /** Receives one stretch of idle positions, {@code from} inclusive, {@code to} exclusive. */
    @FunctionalInterface
    private interface Stretch {
        void accept(int from, int to);
    }

    /**
     * The idle positions: those between two consecutive occupied ones of one session. Returns how many there
     * are and hands each stretch of them to {@code stretch} when one is given.
     */
    private static int walk(BitSet occupied, SameSession sameSession, Stretch stretch) {
        int idle = 0;
        int previous = -1;
        for (int at = occupied.nextSetBit(0); at >= 0; at = occupied.nextSetBit(at + 1)) {
            if (previous >= 0 && at > previous + 1 && sameSession.test(previous, at)) {
                idle += at - previous - 1;
                if (stretch != null) {
                    stretch.accept(previous + 1, at);
                }
            }
            previous = at;
        }
        return idle;
    }

    private static BitSet occupied(Collection<MeetingAssignment> meetings) {
        BitSet occupied = new BitSet();
        for (MeetingAssignment meeting : meetings) {
            if (meeting.getSlot() != null) {
                occupied.set(meeting.getSlot().index());
            }
        }
        return occupied;
    }

    private static SameSession sessionsOf(List<Slot> slots) {
        return (earlier, later) -> slots.get(earlier).session() == slots.get(later).session();
    }

    /** The occupied positions (indexes within the session) of one group, counted so a meeting can leave. */
    private static final class Session {
        private int[] meetingsAt = new int[16];
        private final BitSet occupied = new BitSet();

        Runnable add(int position) {
            if (position >= meetingsAt.length) {
                meetingsAt = Arrays.copyOf(meetingsAt, Math.max(position + 1, 2 * meetingsAt.length));
            }
            if (meetingsAt[position]++ == 0) {
                occupied.set(position);
            }
            return () -> {
                if (--meetingsAt[position] == 0) {
                    occupied.clear(position);
                }
            };
        }

        int idle() {
            return walk(occupied, ONE_SESSION, null);
        }
    }

    private static final class InSession implements UniConstraintCollector<MeetingAssignment, Session, Integer> {
        @Override
        public Supplier<Session> supplier() {
            return Session::new;
        }

        @Override
        public BiFunction<Session, MeetingAssignment, Runnable> accumulator() {
            return (session, meeting) -> session.add(meeting.slotIndexInSession());
        }

        @Override
        public Function<Session, Integer> finisher() {
            return Session::idle;
        }
    }
}
