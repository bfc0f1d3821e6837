package fr.openmap.timetable.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Rule} is the one home of each rule's name, level and wording; the rule table of
 * {@code scheduling-rules/README.md}, the keys of {@code scheduling-rules/rules.properties}, the constraint
 * provider's methods and the constraint weights must agree with it.
 */
class RuleDocumentationTest {

    private static final Set<String> IDS = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));

    @Test
    void theReadmeTableSaysWhatEachRuleSays() throws IOException {
        Map<String, List<String>> table = readmeTable();
        assertEquals(IDS, new TreeSet<>(table.keySet()), "rules in scheduling-rules/README.md");
        for (Rule rule : Rule.values()) {
            List<String> row = table.get(rule.id());
            assertEquals(rule.level().name().toLowerCase(Locale.ROOT), row.get(0), rule.id() + ": level");
            assertEquals(rule.meaning(), row.get(1).replace("`", ""), rule.id() + ": meaning");
        }
    }

    @Test
    void everyRuleIsWordedInFrenchAndEnglish() {
        for (Rule rule : Rule.values()) {
            assertEquals(rule.meaning(), rule.meaning(Locale.ENGLISH));
            assertNotEquals(rule.meaning(), rule.meaning(Locale.FRENCH), rule.id());
        }
    }

    @Test
    void theRulesFileSetsOnlySoftRules() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("scheduling-rules/rules.properties"))) {
            properties.load(in);
        }
        Set<String> ruleKeys = properties.stringPropertyNames().stream().filter(k -> !k.startsWith("solver."))
                .map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
        Set<String> soft = Arrays.stream(Rule.values()).filter(r -> !r.isHard()).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(soft, ruleKeys);
    }

    @Test
    void theConstraintProviderHasOneMethodAndOneWeightPerRule() {
        Set<String> methods = Arrays.stream(TimetableConstraintProvider.class.getDeclaredMethods())
                .filter(m -> m.getReturnType().getSimpleName().equals("Constraint")).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IDS, methods);
        Set<String> weights = Arrays.stream(TimetableConstraintConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ConstraintWeight.class))
                .map((Field f) -> f.getAnnotation(ConstraintWeight.class).value())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(IDS, weights);
    }

    /** rule id → [level, meaning], from the rows of the README's rule table. */
    private static Map<String, List<String>> readmeTable() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("scheduling-rules/README.md"))) {
            if (line.startsWith("| `") && line.split("\\|").length >= 5) {
                String[] cells = line.split("\\|");
                String id = cells[1].trim().replace("`", "");
                if (IDS.contains(id) || !id.contains(".")) {
                    rows.put(id, List.of(cells[2].trim(), cells[3].trim()));
                }
            }
        }
        assertTrue(rows.size() >= Rule.values().length, "no rule table found");
        return rows;
    }
}
