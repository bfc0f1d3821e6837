package fr.openmap.timetable.solver;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule set a timetable is solved with: each soft rule's switch and weight within its
 * level, and the solver's time limits. Hard rules are always on with weight 1. Read from
 * {@code scheduling-rules/rules.properties}; keys missing from the file keep their default.
 */
public record SchedulingRules(Map<Rule, RuleSetting> softRules, Duration spentLimit, Duration unimprovedSpentLimit) {

    public static final String FILE_NAME = "rules.properties";
    public static final Duration DEFAULT_SPENT_LIMIT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_UNIMPROVED_SPENT_LIMIT = Duration.ofSeconds(20);
    static final String SPENT_LIMIT_KEY = "solver.spentLimit";
    static final String UNIMPROVED_SPENT_LIMIT_KEY = "solver.unimprovedSpentLimit";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min)");

    /** A soft rule's on/off switch and its weight within its score level. */
    public record RuleSetting(boolean enabled, long weight) {
        public RuleSetting {
            if (weight < 0) {
                throw new IllegalArgumentException("a rule weight cannot be negative: " + weight);
            }
        }
    }

    public SchedulingRules {
        EnumMap<Rule, RuleSetting> copy = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            if (!rule.isHard()) {
                copy.put(rule, softRules.getOrDefault(rule, new RuleSetting(true, 1)));
            }
        }
        softRules = Collections.unmodifiableMap(copy);
        if (spentLimit == null || spentLimit.isNegative() || spentLimit.isZero()) {
            throw new IllegalArgumentException("the spent time limit must be positive");
        }
        if (unimprovedSpentLimit != null && (unimprovedSpentLimit.isNegative() || unimprovedSpentLimit.isZero())) {
            throw new IllegalArgumentException("the unimproved time limit must be positive");
        }
    }

    /** The default rules of the event format: every soft rule on, weight 1; 60 s at most, 20 s without progress. */
    public static SchedulingRules defaults() {
        return new SchedulingRules(Map.of(), DEFAULT_SPENT_LIMIT, DEFAULT_UNIMPROVED_SPENT_LIMIT);
    }

    /** Reads {@code dir/rules.properties}; fails with a message naming the key of any bad or unknown entry. */
    public static SchedulingRules load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new InvalidSchedulingRulesException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return fromProperties(properties, file.toString());
    }

    /** Builds the rules from properties, as found in {@code rules.properties}; {@code source} names them in errors. */
    public static SchedulingRules fromProperties(Properties properties, String source) {
        SchedulingRules defaults = defaults();
        EnumMap<Rule, RuleSetting> settings = new EnumMap<>(defaults.softRules());
        Duration spent = defaults.spentLimit();
        Duration unimproved = defaults.unimprovedSpentLimit();
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).trim();
            if (key.equals(SPENT_LIMIT_KEY)) {
                Duration parsed = parseDuration(key, value, problems);
                spent = parsed == null ? spent : parsed;
                continue;
            }
            if (key.equals(UNIMPROVED_SPENT_LIMIT_KEY)) {
                Duration parsed = parseDuration(key, value, problems);
                unimproved = parsed == null ? unimproved : parsed;
                continue;
            }
            int dot = key.lastIndexOf('.');
            Rule rule = dot < 0 ? null : Rule.byId(key.substring(0, dot)).orElse(null);
            String field = dot < 0 ? "" : key.substring(dot + 1);
            if (rule == null || !(field.equals("enabled") || field.equals("weight"))) {
                problems.add("unknown key '" + key + "' (expected <rule>.enabled, <rule>.weight, "
                        + SPENT_LIMIT_KEY + " or " + UNIMPROVED_SPENT_LIMIT_KEY + ")");
                continue;
            }
            if (rule.isHard()) {
                problems.add("key '" + key + "': " + rule.id() + " is a hard rule of the event format and cannot be"
                        + " switched off or reweighed");
                continue;
            }
            RuleSetting current = settings.get(rule);
            if (field.equals("enabled")) {
                if (!value.equals("true") && !value.equals("false")) {
                    problems.add("key '" + key + "' has value '" + value + "', expected true or false");
                    continue;
                }
                settings.put(rule, new RuleSetting(Boolean.parseBoolean(value), current.weight()));
            } else {
                long weight;
                try {
                    weight = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    weight = -1;
                }
                if (weight < 0) {
                    problems.add("key '" + key + "' has value '" + value + "', expected a whole number >= 0");
                    continue;
                }
                settings.put(rule, new RuleSetting(current.enabled(), weight));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSchedulingRulesException(source + ": " + String.join("; ", problems), null);
        }
        return new SchedulingRules(settings, spent, unimproved);
    }

    private static Duration parseDuration(String key, String value, List<String> problems) {
        Matcher matcher = DURATION.matcher(value);
        Duration duration = null;
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            duration = switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
        if (duration == null || duration.isZero()) {
            problems.add("key '" + key + "' has value '" + value + "', expected a positive duration such as 60s,"
                    + " 1500ms or 2m");
            return null;
        }
        return duration;
    }

    /** The weight a rule scores with: 1 for hard rules, 0 for a soft rule switched off. */
    public long effectiveWeight(Rule rule) {
        if (rule.isHard()) {
            return 1;
        }
        RuleSetting setting = softRules.get(rule);
        return setting.enabled() ? setting.weight() : 0;
    }

    public boolean isEnabled(Rule rule) {
        return effectiveWeight(rule) > 0;
    }

    public SchedulingRules withRule(Rule rule, boolean enabled, long weight) {
        if (rule.isHard()) {
            throw new IllegalArgumentException(rule.id() + " is a hard rule");
        }
        EnumMap<Rule, RuleSetting> copy = new EnumMap<>(softRules);
        copy.put(rule, new RuleSetting(enabled, weight));
        return new SchedulingRules(copy, spentLimit, unimprovedSpentLimit);
    }

    public SchedulingRules withLimits(Duration spent, Duration unimproved) {
        return new SchedulingRules(softRules, spent, unimproved);
    }

    /** A rules file that cannot be used; the message names the offending key. */
    public static class InvalidSchedulingRulesException extends RuntimeException {
        public InvalidSchedulingRulesException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
