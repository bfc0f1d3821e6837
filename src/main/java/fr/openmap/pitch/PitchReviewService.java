package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchForms.ReviewForm;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The committee's reviews and the ranking they give (organizer only); members' own reviews: {@link PitchCommitteeService}. */
@ApplicationScoped
public class PitchReviewService {

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PitchCallService calls;
    @Inject
    PitchApplicationService applications;
    @Inject
    Caller caller;

    /** A review just recorded; {@code replaced} when it replaced the same reviewer's earlier one. */
    public record Recorded(PitchReview review, boolean replaced) {
    }

    /** One application in the ranking, with the reviews behind its score. */
    public record Ranked(int rank, PitchApplication application, Ranking.Entry entry, List<PitchReview> reviews) {
    }

    /** Records a reviewer's scores for an application; the same reviewer again replaces them, until the selection. */
    @Transactional
    public Recorded review(long eventId, ReviewForm form) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        PitchCall call = calls.require(event);
        Problems problems = new Problems();
        if (form == null) {
            problems.add("body", Text.of("is required: {structure, reviewer, scores}",
                    "est obligatoire : {structure, reviewer, scores}"));
            problems.throwIfAny();
        }
        String ref = problems.ref("structure", form.structure());
        String reviewer = problems.requiredText("reviewer", form.reviewer(), Limits.PERSON_NAME);
        Map<String, Integer> scores = scores(problems, form.scores(), call.criteria);
        problems.throwIfAny();

        Structure structure = registrations.findStructure(eventId, ref);
        PitchApplication application = applications.require(structure);
        requireReviewsOpen(call, event);
        if (PitchReviewer.count("event = ?1 and name = ?2", event, reviewer) > 0) {
            throw new ConflictException(Text.of("'" + reviewer + "' is a member of the committee: they score on their review page",
                    "« " + reviewer + " » est membre du comité : ses notes se donnent sur sa page d'évaluation"));
        }
        PitchReview review = PitchReview.<PitchReview>find("application = ?1 and reviewer = ?2 and member is null",
                        application, reviewer).firstResultOptional().orElse(null);
        boolean replaced = review != null;
        if (review == null) {
            review = new PitchReview();
            review.application = application;
            review.reviewer = reviewer;
        }
        review.scores.clear();
        review.scores.putAll(scores);
        review.updatedAt = Instant.now();
        review.persist();
        return new Recorded(review, replaced);
    }

    /** Reviews are frozen once the selection is made. */
    static void requireReviewsOpen(PitchCall call, Event event) {
        if (call.selectionMade()) {
            throw new ConflictException(Text.of("reviews are closed: the selection was made on "
                    + PitchCallService.local(call.selectedAt, event), "les évaluations sont closes : la sélection a été faite le "
                    + PitchCallService.localInFrench(call.selectedAt, event)));
        }
    }

    @Transactional
    public List<PitchReview> reviews(long eventId) {
        caller.requireOrganizer();
        return PitchReview.list("application.event = ?1 order by application.structure.ref, reviewer", events.require(eventId));
    }

    /** Every application, best median first, unreviewed last. */
    @Transactional
    public List<Ranked> ranking(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        return rank(event, calls.require(event), PitchApplication.ofEvent(event));
    }

    /**
     * Ranks these applications of the event by the median of their reviews' weighted scores. A review by a
     * committee member who declared a conflict of interest with the structure does not count (nor is it listed).
     */
    public List<Ranked> rank(Event event, PitchCall call, List<PitchApplication> candidates) {
        Map<Long, List<PitchReview>> reviewsByApplication = new LinkedHashMap<>();
        Set<ReviewAssignment.Pair> conflicts = PitchCommitteeService.conflictsOf(event);
        PitchReview.<PitchReview>list("application.event = ?1 order by reviewer", event).stream()
                .filter(r -> r.member == null || !conflicts.contains(new ReviewAssignment.Pair(r.member.id, r.application.structure.id)))
                .forEach(r -> reviewsByApplication.computeIfAbsent(r.application.id, id -> new ArrayList<>()).add(r));
        Map<String, PitchApplication> byRef = new LinkedHashMap<>();
        List<Ranking.Entry> entries = new ArrayList<>();
        for (PitchApplication application : candidates) {
            byRef.put(application.structure.ref, application);
            List<Double> weighted = reviewsByApplication.getOrDefault(application.id, List.of()).stream()
                    .map(r -> Ranking.weightedScore(r.scores, call.criteria)).toList();
            entries.add(Ranking.entry(application.structure.ref, weighted));
        }
        List<Ranking.Entry> sorted = Ranking.sort(entries);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Ranking.Entry entry = sorted.get(i);
            // equal medians share a rank (1, 2, 2, 4): the ranking shows ties, it does not break them
            int rank = i > 0 && entry.reviewed() && entry.median().equals(sorted.get(i - 1).median())
                    ? ranked.get(i - 1).rank() : i + 1;
            PitchApplication application = byRef.get(entry.structureRef());
            List<PitchReview> reviews = reviewsByApplication.getOrDefault(application.id, List.of()).stream()
                    .sorted(Comparator.comparing(r -> r.reviewer)).toList();
            ranked.add(new Ranked(rank, application, entry, reviews));
        }
        return ranked;
    }

    /** Whole scores from 1 to 5, one for every criterion of the call and no other. */
    static Map<String, Integer> scores(Problems problems, Map<String, Double> given, List<PitchCriterion> criteria) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            List<String> names = criteria.stream().map(c -> c.name).toList();
            problems.add("scores", Text.of("are required: a score from 1 to 5 for each of " + names,
                    "sont obligatoires : une note de 1 à 5 pour chacun des critères " + names));
            return scores;
        }
        if (given.size() > Limits.CRITERIA) {
            List<String> names = criteria.stream().map(c -> c.name).toList();
            problems.add("scores", Text.of("has " + given.size() + " scores: one for each of " + names,
                    "compte " + given.size() + " notes : une par critère parmi " + names));
            return scores;
        }
        for (PitchCriterion criterion : criteria) {
            Double score = given.get(criterion.name);
            String location = "scores." + criterion.name;
            if (score == null) {
                problems.add(location, Text.of("is required (a whole number from 1 to 5)",
                        "est obligatoire (un nombre entier de 1 à 5)"));
            } else if (score != Math.rint(score) || score < Limits.SCORE_MIN || score > Limits.SCORE_MAX) {
                problems.add(location, Text.of("must be a whole number from " + Limits.SCORE_MIN + " to " + Limits.SCORE_MAX
                        + " (got " + score + ")", "doit être un nombre entier de " + Limits.SCORE_MIN + " à " + Limits.SCORE_MAX
                        + " (valeur reçue : " + score + ")"));
            } else {
                scores.put(criterion.name, score.intValue());
            }
        }
        given.keySet().stream()
                .filter(name -> criteria.stream().noneMatch(c -> c.name.equals(name)))
                .forEach(name -> problems.add("scores." + Problems.shown(name), Text.of(
                        "is not a criterion of this call: expected " + criteria.stream().map(c -> c.name).toList(),
                        "n'est pas un critère de cet appel : critères attendus " + criteria.stream().map(c -> c.name).toList())));
        return scores;
    }
}
