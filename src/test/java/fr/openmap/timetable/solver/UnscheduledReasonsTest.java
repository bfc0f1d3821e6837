package fr.openmap.timetable.solver;

import fr.openmap.registration.PitchStatus;
import fr.openmap.requests.RequestStatus;
import fr.openmap.snapshot.EventSnapshot;
import fr.openmap.timetable.solver.TimetableResult.LeftOutPair;
import fr.openmap.timetable.solver.TimetableSolverConfigs.Overrides;
import org.junit.jupiter.api.BeforeAll;
import fr.openmap.i18n.Language;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every requested pair without a meeting is listed with a reason a person understands. */
class UnscheduledReasonsTest {

    private static TimetableResultBuilder resultBuilder;

    @BeforeAll
    static void setUp() {
        resultBuilder = new TimetableResultBuilder();
    }

    private static Map<PairKey, LeftOutPair> solve(EventSnapshot event) {
        SchedulingRules rules = SchedulingRules.defaults();
        TimetableSolution solved = SolverFactory.<TimetableSolution>create(TimetableSolverConfigs.solverConfig(rules,
                        Overrides.none().withSpentLimit(Duration.ofSeconds(5)).withUnimprovedSpentLimit(Duration.ofMillis(300))))
                .buildSolver().solve(TimetableProblemFactory.build(event, rules));
        TimetableResult result = resultBuilder.build(solved);
        assertEquals(0, result.score().hard());
        return result.unscheduled().stream().collect(Collectors.toMap(
                u -> new PairKey(u.buyerRef(), u.structureRef()), Function.identity()));
    }

    @Test
    void declinedPairsSayWhoDeclined() {
        Map<PairKey, LeftOutPair> unscheduled = solve(Events.withSession("11:00", 3)
                .buyer("B1").structure("S1").structure("S2").structure("S3")
                .request("B1", "S1", 1, RequestStatus.DECLINED)
                .request("S2", "B1", 1, RequestStatus.DECLINED)
                .request("S3", "B1", 2)
                .build());
        assertEquals(2, unscheduled.size());
        assertEquals("declined by the structure", unscheduled.get(new PairKey("B1", "S1")).reason().english());
        assertEquals("declined by the buyer", unscheduled.get(new PairKey("B1", "S2")).reason().english());
    }

    @Test
    void aBuyerFullOfHigherPriorityMeetings() {
        Map<PairKey, LeftOutPair> unscheduled = solve(Events.withSession("11:00", 2)
                .buyer("B1").structure("S1").structure("S2").structure("S3")
                .request("S1", "B1", 1).request("S2", "B1", 1).request("S3", "B1", 3)
                .request("B1", "S2", 1)
                .build());
        // Served ties at two, weight prefers S1 and S2; S3 has only B1, whose two slots are taken.
        assertEquals(List.of(new PairKey("B1", "S3")), List.copyOf(unscheduled.keySet()));
        LeftOutPair pair = unscheduled.get(new PairKey("B1", "S3"));
        assertEquals(UnscheduledCause.BUYER_FULL, pair.cause());
        assertEquals("the buyer's free slots are all taken by higher-priority meetings", pair.reason().english());
        assertEquals("les créneaux libres de l'acheteur sont tous pris par des rendez-vous plus prioritaires",
                pair.reason().in(Language.FR));
    }

    @Test
    void aStructurePitchingWheneverTheBuyerIsFree() {
        Map<PairKey, LeftOutPair> unscheduled = solve(Events.withSession("11:00", 2).pitches("10:30", "11:30")
                .buyer("B1").structure("S1", 1, PitchStatus.SELECTED).structure("S2", 1, PitchStatus.WAITLISTED)
                .request("S1", "B1", 1).request("S2", "B1", 1)
                .build());
        assertEquals(1, unscheduled.size());
        assertEquals("the structure is pitching when the buyer is available",
                unscheduled.get(new PairKey("B1", "S1")).reason().english());
    }

    @Test
    void noSlotWhereBothAreAvailable() {
        Map<PairKey, LeftOutPair> unscheduled = solve(Events.withSession("11:00", 2)
                .buyer("B1", null, null, List.of(Events.window("10:00", "12:00"))).structure("S1")
                .request("S1", "B1", 1)
                .build());
        assertEquals("no slot where both are available", unscheduled.get(new PairKey("B1", "S1")).reason().english());
    }

    @Test
    void aBuyerAtTheirMaximum() {
        Map<PairKey, LeftOutPair> unscheduled = solve(Events.withSession("11:00", 3)
                .buyer("B1", 1, null, List.of()).buyer("B2").structure("S1").structure("S2")
                .request("S1", "B1", 1).request("S2", "B1", 3).request("S2", "B2", 3)
                .build());
        assertEquals(1, unscheduled.size());
        assertEquals("the buyer has reached their maximum of 1 meetings",
                unscheduled.get(new PairKey("B1", "S2")).reason().english());
    }

    @Test
    void aBuyerWithoutTable() {
        Map<PairKey, LeftOutPair> unscheduled = solve(Events.withSession("11:00", 3).tables(1)
                .buyer("B1").buyer("B2").structure("S1")
                .request("S1", "B1", 1).request("S1", "B2", 1)
                .build());
        assertEquals(UnscheduledCause.BUYER_WITHOUT_TABLE, unscheduled.get(new PairKey("B2", "S1")).cause());
        assertEquals("no table left for the buyer (all 1 tables are taken)",
                unscheduled.get(new PairKey("B2", "S1")).reason().english());
    }
}
