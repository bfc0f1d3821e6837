package fr.openmap.timetable.solver;

import java.util.Arrays;
import java.util.Optional;

/**
 * The scheduling rules: the one home of each rule's name, level and wording (English and French).
 * The name is used everywhere: the constraint provider's methods, {@code scheduling-rules/rules.properties},
 * the per-rule score of a result; {@code RuleDocumentationTest} checks that the README's rule table, the
 * rules file and the constraint provider agree with this.
 */
public enum Rule {
    BUYER_DOUBLE_BOOKED("buyerDoubleBooked", Level.HARD,
            "A buyer holds one meeting at a time.",
            "Un acheteur tient un seul rendez-vous à la fois."),
    STRUCTURE_OVERBOOKED("structureOverbooked", Level.HARD,
            "A structure holds at most as many meetings at once as it sends representatives.",
            "Une structure ne tient pas plus de rendez-vous à la fois qu'elle n'envoie de représentants."),
    BUYER_UNAVAILABLE("buyerUnavailable", Level.HARD,
            "A buyer does not meet during their unavailable windows.",
            "Un acheteur n'a pas de rendez-vous pendant ses indisponibilités."),
    STRUCTURE_UNAVAILABLE("structureUnavailable", Level.HARD,
            "A structure does not meet during its unavailable windows, nor while it pitches (pitch SELECTED, during every PITCHES item).",
            "Une structure n'a pas de rendez-vous pendant ses indisponibilités, ni pendant qu'elle pitche (pitch SELECTED, pendant chaque temps PITCHES)."),
    BUYER_OVER_MAX_MEETINGS("buyerOverMaxMeetings", Level.HARD,
            "A buyer gets no more meetings than their maxMeetings.",
            "Un acheteur n'a pas plus de rendez-vous que son maxMeetings."),
    STRUCTURE_OVER_MAX_MEETINGS("structureOverMaxMeetings", Level.HARD,
            "A structure gets no more meetings than its maxMeetings.",
            "Une structure n'a pas plus de rendez-vous que son maxMeetings."),
    BUYER_WITHOUT_TABLE("buyerWithoutTable", Level.HARD,
            "A buyer left without a table (more buyers than tables) does not meet.",
            "Un acheteur resté sans table (plus d'acheteurs que de tables) n'a pas de rendez-vous."),
    STRUCTURE_WITHOUT_MEETING("structureWithoutMeeting", Level.SERVED,
            "Every structure that has someone to meet gets at least one meeting.",
            "Chaque structure qui a quelqu'un à rencontrer obtient au moins un rendez-vous."),
    PUBLISHED_MEETING_CHANGED("publishedMeetingChanged", Level.STABILITY,
            "A meeting already sent in an agenda keeps its slot: moving it costs 1, cancelling it 2 (when re-planning without fresh).",
            "Un rendez-vous déjà envoyé dans un agenda garde son créneau : le déplacer coûte 1, l'annuler 2 (quand on replanifie sans fresh)."),
    MEETING_WEIGHT("meetingWeight", Level.WEIGHT,
            "Each scheduled pair earns 4 - priority for each of its non-declined requests (a pair both sides asked for counts twice).",
            "Chaque rendez-vous planifié rapporte 4 - priorité pour chacune de ses demandes non refusées (une paire demandée des deux côtés compte deux fois)."),
    BUYER_GAPS("buyerGaps", Level.GAPS,
            "A buyer has no idle slot between their first and last meeting of a networking session.",
            "Un acheteur n'a pas de créneau vide entre son premier et son dernier rendez-vous d'une session."),
    STRUCTURE_GAPS("structureGaps", Level.GAPS,
            "A structure has no slot without any meeting between its first and last meeting of a networking session "
                    + "(a structure with several representatives counts distinct occupied slots).",
            "Une structure n'a pas de créneau sans rendez-vous entre son premier et son dernier rendez-vous d'une session "
                    + "(une structure à plusieurs représentants compte les créneaux occupés distincts).");

    /** Score levels, most important first; the score compares them lexicographically. */
    public enum Level {
        HARD(true, 0), SERVED(false, 0), STABILITY(false, 1), WEIGHT(false, 2), GAPS(false, 3);

        private final boolean hard;
        private final int index;

        Level(boolean hard, int index) {
            this.hard = hard;
            this.index = index;
        }

        public boolean isHard() {
            return hard;
        }

        /** Index of the level among the hard levels or among the soft levels. */
        public int index() {
            return index;
        }
    }

    private final String id;
    private final Level level;
    private final String meaning;
    private final String meaningFr;

    Rule(String id, Level level, String meaning, String meaningFr) {
        this.id = id;
        this.level = level;
        this.meaning = meaning;
        this.meaningFr = meaningFr;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    /** What the rule says, in English. */
    public String meaning() {
        return meaning;
    }

    /** What the rule says, in the reader's language (French unless English is asked). */
    public String meaning(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? meaning : meaningFr;
    }

    public boolean isHard() {
        return level.isHard();
    }

    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
