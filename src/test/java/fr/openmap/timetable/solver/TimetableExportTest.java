package fr.openmap.timetable.solver;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openmap.requests.RequestStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimetableExportTest {

    @Test
    void theExportMatchesTheOpenmapTimetableFormat() throws Exception {
        TimetableSolution solution = TimetableProblemFactory.build(Events.withSession("11:00", 3)
                .buyer("B01", null, "3", java.util.List.of()).buyer("B02").structure("S07").structure("S12")
                .request("S07", "B01", 1)
                .request("B02", "S12", 2, RequestStatus.DECLINED)
                .build(), SchedulingRules.defaults());
        solution.getMeetings().get(0).setSlot(solution.getSlots().get(1));
        TimetableResult result = new TimetableResultBuilder().build(solution);

        String json = new ObjectMapper().writeValueAsString(TimetableExport.of(result));

        assertEquals("{\"format\":\"openmap-timetable/1\",\"event\":\"test-event\","
                + "\"meetings\":[{\"buyer\":\"B01\",\"structure\":\"S07\",\"start\":\"2018-05-17T11:12\","
                + "\"end\":\"2018-05-17T11:22\",\"table\":\"3\"}],"
                + "\"unscheduled\":[{\"buyer\":\"B02\",\"structure\":\"S12\",\"reason\":\"declined by the structure\"}]}",
                json);
    }

    @Test
    void theResultCountsAndBreaksTheScoreDownByRule() {
        TimetableSolution solution = TimetableProblemFactory.build(Events.withSession("11:00", 3)
                .buyer("B01").structure("S01").structure("S02").structure("S03")
                .request("S01", "B01", 1).request("S02", "B01", 2).request("B01", "S02", 3).request("S03", "B01", 3)
                .build(), SchedulingRules.defaults());
        solution.getMeetings().get(0).setSlot(solution.getSlots().get(0));
        solution.getMeetings().get(1).setSlot(solution.getSlots().get(2));
        TimetableResult result = new TimetableResultBuilder().build(solution);

        assertEquals(new TimetableResult.ScoreLevels(0, -1, 0, 3 + 3, -1, true, "[0]hard/[-1/0/6/-1]soft"), result.score());
        assertEquals(new TimetableResult.Counts(2, 1, 2, 3, 6, 1, 0, 0), result.counts());
        assertEquals(new TimetableResult.RuleScore("meetingWeight", Rule.Level.WEIGHT, 2, 6),
                result.rules().stream().filter(r -> r.rule().equals("meetingWeight")).findFirst().orElseThrow());
        assertEquals(new TimetableResult.RuleScore("buyerGaps", Rule.Level.GAPS, 1, -1),
                result.rules().stream().filter(r -> r.rule().equals("buyerGaps")).findFirst().orElseThrow());
        assertEquals(Rule.values().length, result.rules().size());
        assertEquals(UnscheduledCause.NOT_PLACED, result.unscheduled().get(0).cause());
    }
}
