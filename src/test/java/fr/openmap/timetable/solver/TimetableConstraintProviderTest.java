package fr.openmap.timetable.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import java.util.BitSet;

import static fr.openmap.timetable.solver.Fixtures.bits;
import static fr.openmap.timetable.solver.Fixtures.buyer;
import static fr.openmap.timetable.solver.Fixtures.meeting;
import static fr.openmap.timetable.solver.Fixtures.structure;

/** One test per rule, named like the rule, on small fixed fixtures. */
class TimetableConstraintProviderTest {

    private static final ConstraintVerifier<TimetableConstraintProvider, TimetableSolution> verifier = ConstraintVerifier
            .build(new TimetableConstraintProvider(), TimetableSolution.class, MeetingAssignment.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private final PlannedBuyer b1 = buyer("B1");
    private final PlannedBuyer b2 = buyer("B2");
    private final PlannedBuyer b3 = buyer("B3");
    private final PlannedStructure s1 = structure("S1", 1);
    private final PlannedStructure s2 = structure("S2", 2);
    private final PlannedStructure s3 = structure("S3", 1);

    @Test
    void buyerDoubleBooked() {
        verifier.verifyThat(TimetableConstraintProvider::buyerDoubleBooked)
                .given(meeting(b1, s1, 0), meeting(b1, s2, 0), meeting(b1, s3, 1), meeting(b2, s3, 0))
                .penalizesBy(1);
        verifier.verifyThat(TimetableConstraintProvider::buyerDoubleBooked)
                .given(meeting(b1, s1, 0), meeting(b1, s2, 1), meeting(b1, s3, null), meeting(b2, s3, null))
                .penalizesBy(0);
    }

    @Test
    void structureOverbooked() {
        // S1 sends one person and is booked twice at slot 0; S2 sends two and is booked three times at slot 1.
        verifier.verifyThat(TimetableConstraintProvider::structureOverbooked)
                .given(meeting(b1, s1, 0), meeting(b2, s1, 0),
                        meeting(b1, s2, 1), meeting(b2, s2, 1), meeting(b3, s2, 1))
                .penalizesBy(2);
        verifier.verifyThat(TimetableConstraintProvider::structureOverbooked)
                .given(meeting(b1, s2, 1), meeting(b2, s2, 1), meeting(b3, s1, 1))
                .penalizesBy(0);
    }

    @Test
    void buyerUnavailable() {
        PlannedBuyer away = new PlannedBuyer("B9", "9", Integer.MAX_VALUE, bits(3, 4));
        verifier.verifyThat(TimetableConstraintProvider::buyerUnavailable)
                .given(meeting(away, s1, 3), meeting(away, s2, 2), meeting(away, s3, null))
                .penalizesBy(1);
    }

    @Test
    void structureUnavailable() {
        PlannedStructure busy = new PlannedStructure("S9", 1, Integer.MAX_VALUE, bits(4), new BitSet(), 3);
        PlannedStructure pitching = new PlannedStructure("S8", 1, Integer.MAX_VALUE, new BitSet(), bits(0, 1), 3);
        verifier.verifyThat(TimetableConstraintProvider::structureUnavailable)
                .given(meeting(b1, busy, 4), meeting(b2, busy, 3), meeting(b1, pitching, 0), meeting(b2, pitching, 2))
                .penalizesBy(2);
    }

    @Test
    void buyerOverMaxMeetings() {
        PlannedBuyer capped = new PlannedBuyer("B9", "9", 2, new BitSet());
        verifier.verifyThat(TimetableConstraintProvider::buyerOverMaxMeetings)
                .given(meeting(capped, s1, 0), meeting(capped, s2, 1), meeting(capped, s3, 2),
                        meeting(capped, structure("S4", 1), 3), meeting(capped, structure("S5", 1), null))
                .penalizesBy(2);
    }

    @Test
    void structureOverMaxMeetings() {
        PlannedStructure capped = new PlannedStructure("S9", 1, 1, new BitSet(), new BitSet(), 3);
        verifier.verifyThat(TimetableConstraintProvider::structureOverMaxMeetings)
                .given(meeting(b1, capped, 0), meeting(b2, capped, 1), meeting(b3, capped, null))
                .penalizesBy(1);
    }

    @Test
    void buyerWithoutTable() {
        PlannedBuyer tableless = new PlannedBuyer("B9", null, Integer.MAX_VALUE, new BitSet());
        verifier.verifyThat(TimetableConstraintProvider::buyerWithoutTable)
                .given(meeting(tableless, s1, 0), meeting(tableless, s2, null), meeting(b1, s3, 1))
                .penalizesBy(1);
    }

    @Test
    void structureWithoutMeeting() {
        PlannedStructure nobodyToMeet = new PlannedStructure("S0", 1, Integer.MAX_VALUE, new BitSet(), new BitSet(), 0);
        // S1 has a pair but no meeting, S2 meets, S0 has no pair at all and does not count.
        verifier.verifyThat(TimetableConstraintProvider::structureWithoutMeeting)
                .given(s1, s2, nobodyToMeet, meeting(b1, s1, null), meeting(b2, s1, null), meeting(b1, s2, 2))
                .penalizesBy(1);
    }

    @Test
    void meetingWeight() {
        verifier.verifyThat(TimetableConstraintProvider::meetingWeight)
                .given(meeting(b1, s1, 3, 0), meeting(b1, s2, 5, 1), meeting(b2, s1, 2, null))
                .rewardsWith(8);
    }

    @Test
    void buyerGaps() {
        // Morning: meetings at 0, 2 and 4 leave two idle slots; afternoon: 5 and 6, none.
        verifier.verifyThat(TimetableConstraintProvider::buyerGaps)
                .given(meeting(b1, s1, 0), meeting(b1, s2, 2), meeting(b1, s3, 4),
                        meeting(b1, structure("S4", 1), 5), meeting(b1, structure("S5", 1), 6),
                        meeting(b2, s1, 1), meeting(b2, s2, 3))
                .penalizesBy(3);
    }

    @Test
    void structureGaps() {
        // S2 sends two people: slots 0, 0 and 3 occupy two distinct slots out of four, so two are idle.
        verifier.verifyThat(TimetableConstraintProvider::structureGaps)
                .given(meeting(b1, s2, 0), meeting(b2, s2, 0), meeting(b3, s2, 3), meeting(b1, s1, 5),
                        meeting(b2, s1, 7))
                .penalizesBy(3);
    }
}
