package fr.openmap.timetable.solver;

import fr.openmap.timetable.solver.SchedulingRules.InvalidSchedulingRulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulingRulesTest {

    static final Path RULES_DIR = Path.of("scheduling-rules");

    @Test
    void theShippedFileHoldsTheDefaults() {
        assertEquals(SchedulingRules.defaults(), SchedulingRules.load(RULES_DIR));
        assertEquals(Duration.ofSeconds(60), SchedulingRules.defaults().spentLimit());
    }

    @Test
    void everyRuleIsNamedAlikeInTheReadmeAndEverySoftRuleInTheFile() throws IOException {
        String readme = Files.readString(RULES_DIR.resolve("README.md"));
        String properties = Files.readString(RULES_DIR.resolve(SchedulingRules.FILE_NAME));
        for (Rule rule : Rule.values()) {
            assertTrue(readme.contains("| `" + rule.id() + "` | " + rule.level().name().toLowerCase() + " |"),
                    rule.id() + " missing from the README table");
            assertEquals(!rule.isHard(), properties.contains(rule.id() + ".weight="), rule.id() + " in rules.properties");
        }
    }

    @Test
    void readsSwitchesWeightsAndLimits(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rules.properties"), """
                buyerGaps.enabled=false
                meetingWeight.weight=3
                solver.spentLimit=1500ms
                solver.unimprovedSpentLimit=2m
                """);
        SchedulingRules rules = SchedulingRules.load(dir);
        assertFalse(rules.isEnabled(Rule.BUYER_GAPS));
        assertEquals(0, rules.effectiveWeight(Rule.BUYER_GAPS));
        assertEquals(3, rules.effectiveWeight(Rule.MEETING_WEIGHT));
        assertEquals(1, rules.effectiveWeight(Rule.STRUCTURE_GAPS));
        assertEquals(1, rules.effectiveWeight(Rule.BUYER_DOUBLE_BOOKED));
        assertEquals(Duration.ofMillis(1500), rules.spentLimit());
        assertEquals(Duration.ofMinutes(2), rules.unimprovedSpentLimit());
        assertEquals(3, TimetableConstraintConfiguration.weight(rules, Rule.MEETING_WEIGHT).softScore(Rule.Level.WEIGHT.index()));
    }

    @Test
    void aBadValueNamesItsKey(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rules.properties"), "meetingWeight.weight=heavy\n");
        InvalidSchedulingRulesException error = assertThrows(InvalidSchedulingRulesException.class,
                () -> SchedulingRules.load(dir));
        assertTrue(error.getMessage().contains("'meetingWeight.weight'"), error.getMessage());
        assertTrue(error.getMessage().contains("'heavy'"), error.getMessage());
    }

    @Test
    void unknownKeysHardRulesAndBadDurationsAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("rules.properties"), """
                meetingWieght.weight=2
                buyerDoubleBooked.enabled=false
                solver.spentLimit=soon
                structureGaps.enabled=yes
                """);
        String message = assertThrows(InvalidSchedulingRulesException.class, () -> SchedulingRules.load(dir))
                .getMessage();
        assertTrue(message.contains("unknown key 'meetingWieght.weight'"), message);
        assertTrue(message.contains("'buyerDoubleBooked.enabled'"), message);
        assertTrue(message.contains("'solver.spentLimit'"), message);
        assertTrue(message.contains("'structureGaps.enabled'"), message);
    }

    @Test
    void aMissingFileIsAClearError(@TempDir Path dir) {
        String message = assertThrows(InvalidSchedulingRulesException.class, () -> SchedulingRules.load(dir))
                .getMessage();
        assertTrue(message.contains("rules.properties"), message);
    }
}
