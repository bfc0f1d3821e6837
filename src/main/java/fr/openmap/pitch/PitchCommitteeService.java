package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.access.ForbiddenException;
import fr.openmap.access.ReviewerPrincipal;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.outbox.Outbox;
import fr.openmap.registration.AccessTokens;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pitch committee: the organizer adds and removes its members (each is sent a personal review link),
 * shares the applications among them and reminds those who have not finished; a member, on their review
 * pages, sees only the applications given to them, scores them, and declares conflicts of interest. A
 * member never sees other members' scores (nor participants' tokens), before or after scoring.
 */
@ApplicationScoped
public class PitchCommitteeService {

    public static final Text INVALID_LINK = Text.of("this review link is not valid (it may have been replaced)",
            "ce lien d'évaluation n'est pas valide (il a peut-être été remplacé)");
    static final Text NOT_ASSIGNED = Text.of("this application is not one of those given to you to review",
            "cette candidature ne fait pas partie de celles qui vous sont confiées");
    /** Most members one committee may have; also the largest "members per application". */
    public static final int MAX_MEMBERS = 50;
    static final int COMMENT_MAX = 2000;

    @Inject
    EventService events;
    @Inject
    PitchCallService calls;
    @Inject
    AccessTokens tokens;
    @Inject
    CommitteeMails mails;
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;

    /** A member as the organizer follows them: applications given, scored among those, conflicts declared. */
    public record Progress(PitchReviewer member, int assigned, int scored, int conflicts) {
        public boolean finished() {
            return scored >= assigned;
        }

        public int left() {
            return Math.max(0, assigned - scored);
        }
    }

    /** An application given to a member, with their review of it if they wrote one. */
    public record Assigned(PitchApplication application, PitchReview review) {
        public boolean scored() {
            return review != null;
        }
    }

    // ---- the organizer ----

    /** Every member of the committee, by name, with their progress. */
    @Transactional
    public List<Progress> members(long eventId) {
        caller.requireOrganizer();
        Event event = events.require(eventId);
        Committee committee = committee(event);
        return committee.members.stream().map(committee::progress).toList();
    }

    /** Null when every member reviews every application, else how many members each application gets. */
    @Transactional
    public Integer reviewersPerApplication(long eventId) {
        caller.requireOrganizer();
        return PitchCommittee.forEvent(events.require(eventId)).map(c -> c.reviewersPerApplication).orElse(null);
    }

    /** Adds a member (their name is unique in the event) and writes the email with their review link. */
    @Transactional
    public PitchReviewer add(long eventId, String name, String email, String language) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        Problems problems = new Problems();
        String shownName = problems.requiredText("name", name, Limits.PERSON_NAME);
        String address = problems.email("email", email);
        if (language != null && !language.isBlank() && !Language.known(language)) {
            problems.add("language", Text.of("must be fr or en", "doit être fr ou en"));
        }
        problems.throwIfAny();
        if (PitchReviewer.count("event = ?1 and name = ?2", event, shownName) > 0) {
            problems.add("name", Text.of("'" + shownName + "' is already a member of this committee",
                    "« " + shownName + " » fait déjà partie de ce comité"));
        }
        if (PitchReviewer.count("event", event) >= MAX_MEMBERS) {
            problems.add("name", Text.of("a committee has " + MAX_MEMBERS + " members at most",
                    "un comité compte " + MAX_MEMBERS + " membres au plus"));
        }
        problems.throwIfAny();
        PitchReviewer member = new PitchReviewer();
        member.event = event;
        member.name = shownName;
        member.email = address;
        member.language = Language.of(language).code;
        member.tokenSalt = AccessTokens.newSalt();
        member.tokenHash = AccessTokens.hash(tokens.tokenFor(member.tokenSalt));
        member.persist();
        outbox.enqueue(event, recipient(member), mails.compose(member, 0));
        return member;
    }

    /** One member of the committee, or a 404 naming it. */
    @Transactional
    public PitchReviewer member(long eventId, long memberId) {
        caller.requireOrganizer();
        return find(events.require(eventId), memberId);
    }

    /** How many reviews go if this member is removed (the confirmation says it). */
    @Transactional
    public long reviewsOf(long eventId, long memberId) {
        caller.requireOrganizer();
        return PitchReview.count("member", find(events.require(eventId), memberId));
    }

    /** Removes a member, with their reviews and conflicts; their link stops working. */
    @Transactional
    public PitchReviewer remove(long eventId, long memberId) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        PitchReviewer member = find(event, memberId);
        PitchReview.<PitchReview>list("member", member).forEach(PitchReview::delete);
        PitchConflict.delete("reviewer", member);
        member.delete();
        return member;
    }

    /** Every member reviews everything ({@code perApplication} null), or each application gets that many. */
    @Transactional
    public void share(long eventId, Integer perApplication) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        Problems problems = new Problems();
        problems.optionalBetween("reviewersPerApplication", perApplication, 1, MAX_MEMBERS);
        problems.throwIfAny();
        PitchCommittee committee = PitchCommittee.forEvent(event).orElseGet(() -> {
            PitchCommittee fresh = new PitchCommittee();
            fresh.event = event;
            return fresh;
        });
        committee.reviewersPerApplication = perApplication;
        committee.persist();
    }

    /** The members who have applications left to score, with how many each. */
    @Transactional
    public List<Progress> toRemind(long eventId) {
        caller.requireOrganizer();
        return members(eventId).stream().filter(p -> !p.finished()).toList();
    }

    /**
     * Writes a reminder to each member with applications left, when they are the {@code expected} count the
     * confirmation showed; none left, or a different count (someone scored meanwhile), is refused with why.
     */
    @Transactional
    public int remind(long eventId, int expected) {
        caller.requireOrganizer();
        Event event = events.lock(eventId);
        List<Progress> left = toRemind(eventId);
        if (left.isEmpty()) {
            throw new ConflictException(Text.of("nothing to remind: every member has scored all the applications given to them",
                    "rien à rappeler : chaque membre a évalué toutes les candidatures qui lui sont confiées"));
        }
        if (left.size() != expected) {
            throw new ConflictException(Text.of("the count changed since the confirmation: " + left.size()
                    + " members now have applications left; check again", "le nombre a changé depuis la confirmation : "
                    + left.size() + " membres ont maintenant des candidatures à évaluer ; vérifiez à nouveau"));
        }
        Instant now = Instant.now();
        for (Progress p : left) {
            outbox.enqueue(event, recipient(p.member()), mails.compose(p.member(), p.left()));
            p.member().remindedAt = now;
        }
        return left.size();
    }

    // ---- the member, on their review pages ----

    /** The member whose review pages these are: the caller themselves, or the page "does not exist". */
    @Transactional
    public PitchReviewer me(long eventId, long reviewerId) {
        ReviewerPrincipal me = caller.reviewer().orElseThrow(() -> new NotFoundException(INVALID_LINK));
        if (me.eventId() != eventId || me.id() != reviewerId) {
            throw new NotFoundException(INVALID_LINK);
        }
        return PitchReviewer.<PitchReviewer>findByIdOptional(reviewerId).orElseThrow(() -> new NotFoundException(INVALID_LINK));
    }

    /** The applications given to the calling member, in ref order, with their reviews. */
    @Transactional
    public List<Assigned> assigned(long eventId, long reviewerId) {
        PitchReviewer me = me(eventId, reviewerId);
        Committee committee = committee(me.event);
        return committee.applications.stream()
                .filter(a -> committee.assignment.getOrDefault(a.id, Set.of()).contains(me.id))
                .map(a -> new Assigned(a, committee.reviewOf(me.id, a.id))).toList();
    }

    /** The structures the calling member declared a conflict with, by ref. */
    @Transactional
    public List<Structure> conflicts(long eventId, long reviewerId) {
        PitchReviewer me = me(eventId, reviewerId);
        return PitchConflict.<PitchConflict>list("reviewer", me).stream().map(c -> c.structure)
                .sorted(Comparator.comparing(s -> s.ref)).toList();
    }

    /** One application given to the calling member; any other is refused (403), even of their event. */
    @Transactional
    public Assigned application(long eventId, long reviewerId, String structureRef) {
        PitchReviewer me = me(eventId, reviewerId);
        return assigned(eventId, reviewerId).stream()
                .filter(a -> a.application().structure.ref.equals(structureRef)).findFirst()
                .orElseThrow(() -> new ForbiddenException(NOT_ASSIGNED));
    }

    /** The PDF dossier of an application given to the calling member. */
    @Transactional
    public Optional<PitchDossier> dossier(long eventId, long reviewerId, String structureRef) {
        return PitchDossier.of(application(eventId, reviewerId, structureRef).application());
    }

    /** The call's criteria, for the scoring form. */
    @Transactional
    public PitchCall call(long eventId, long reviewerId) {
        return calls.require(me(eventId, reviewerId).event);
    }

    /**
     * Records the calling member's scores (typed on the form: "1" to "5" per criterion) and comment for an
     * application given to them, replacing their earlier ones; the same rules as the organizer's reviews.
     */
    @Transactional
    public PitchReview score(long eventId, long reviewerId, String structureRef, Map<String, String> typed, String comment) {
        Assigned assigned = application(eventId, reviewerId, structureRef);
        PitchReviewer me = me(eventId, reviewerId);
        Event event = me.event;
        PitchCall call = calls.require(event);
        Problems problems = new Problems();
        Map<String, Double> given = new LinkedHashMap<>();
        for (PitchCriterion criterion : call.criteria) {
            String value = typed.get(criterion.name);
            if (value == null || value.isBlank()) {
                continue; // said by the rule below: a score for every criterion
            }
            try {
                given.put(criterion.name, Double.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                problems.add("scores." + criterion.name, Text.of("must be a whole number from 1 to 5",
                        "doit être un nombre entier de 1 à 5"));
            }
        }
        Map<String, Integer> scores = PitchReviewService.scores(problems, given.isEmpty() && problems.isEmpty()
                ? null : given, call.criteria);
        String text = problems.optionalMultilineText("comment", comment, COMMENT_MAX);
        problems.throwIfAny();
        PitchReviewService.requireReviewsOpen(call, event);
        PitchReview review = assigned.review();
        if (review == null) {
            review = new PitchReview();
            review.application = assigned.application();
            review.member = me;
            review.reviewer = me.name;
        }
        review.scores.clear();
        review.scores.putAll(scores);
        review.comment = text;
        review.updatedAt = Instant.now();
        review.persist();
        return review;
    }

    /** The calling member declares a conflict of interest with the structure of an application of the event. */
    @Transactional
    public void declareConflict(long eventId, long reviewerId, String structureRef) {
        PitchReviewer me = me(eventId, reviewerId);
        Structure structure = application(eventId, reviewerId, structureRef).application().structure;
        if (PitchConflict.count("reviewer = ?1 and structure = ?2", me, structure) == 0) {
            PitchConflict conflict = new PitchConflict();
            conflict.reviewer = me;
            conflict.structure = structure;
            conflict.persist();
        }
    }

    /** The calling member takes back a conflict they declared (a mistake): the application may be given to them again. */
    @Transactional
    public void withdrawConflict(long eventId, long reviewerId, String structureRef) {
        PitchReviewer me = me(eventId, reviewerId);
        PitchConflict.delete("reviewer = ?1 and structure.ref = ?2", me, structureRef);
    }

    // ---- shared ----

    /** Whether the selection was made (then scores are frozen); null when the event has no call. */
    @Transactional
    public String frozenSince(long eventId, long reviewerId) {
        PitchCall call = call(eventId, reviewerId);
        return call.selectionMade() ? PitchCallService.localInFrench(call.selectedAt, call.event) : null;
    }

    private static PitchReviewer find(Event event, long memberId) {
        return PitchReviewer.<PitchReviewer>findByIdOptional(memberId).filter(m -> m.event.id.equals(event.id))
                .orElseThrow(() -> new NotFoundException(Text.of("no committee member " + memberId + " in event " + event.id,
                        "aucun membre du comité n° " + memberId + " dans l'événement " + event.id)));
    }

    private static Outbox.Recipient recipient(PitchReviewer member) {
        return new Outbox.Recipient(member.recipientRef(), member.email, member.name);
    }

    /** The event's committee as read once: members, applications, conflicts, members' reviews and the assignment. */
    private record Committee(List<PitchReviewer> members, List<PitchApplication> applications,
                             Set<ReviewAssignment.Pair> conflicts, Map<ReviewAssignment.Pair, PitchReview> reviews,
                             Map<Long, Set<Long>> assignment) {

        PitchReview reviewOf(long member, long application) {
            return reviews.get(new ReviewAssignment.Pair(member, application));
        }

        Progress progress(PitchReviewer member) {
            int assigned = 0;
            int scored = 0;
            for (PitchApplication a : applications) {
                if (assignment.getOrDefault(a.id, Set.of()).contains(member.id)) {
                    assigned++;
                    if (reviewOf(member.id, a.id) != null) {
                        scored++;
                    }
                }
            }
            int conflicted = (int) conflicts.stream().filter(c -> c.member() == member.id).count();
            return new Progress(member, assigned, scored, conflicted);
        }
    }

    private static Committee committee(Event event) {
        List<PitchReviewer> members = new ArrayList<>(PitchReviewer.ofEvent(event));
        List<PitchApplication> applications = PitchApplication.ofEvent(event);
        Set<ReviewAssignment.Pair> conflicts = conflictsOf(event);
        Map<ReviewAssignment.Pair, PitchReview> reviews = PitchReview.<PitchReview>list(
                        "application.event = ?1 and member is not null", event).stream()
                .collect(Collectors.toMap(r -> new ReviewAssignment.Pair(r.member.id, r.application.id), r -> r));
        Integer perApplication = PitchCommittee.forEvent(event).map(c -> c.reviewersPerApplication).orElse(null);
        // ties of load go to the member added first
        List<Long> order = members.stream().sorted(Comparator.comparing((PitchReviewer m) -> m.id)).map(m -> m.id).toList();
        Map<Long, Set<Long>> assignment = ReviewAssignment.assign(order,
                applications.stream().map(a -> new ReviewAssignment.Candidate(a.id, a.structure.id)).toList(),
                conflicts, reviews.keySet(), perApplication);
        return new Committee(members, applications, conflicts, reviews, assignment);
    }

    /** (member, structure) for every conflict of interest declared in the event. */
    static Set<ReviewAssignment.Pair> conflictsOf(Event event) {
        return PitchConflict.<PitchConflict>list("reviewer.event = ?1", event).stream()
                .map(c -> new ReviewAssignment.Pair(c.reviewer.id, c.structure.id)).collect(Collectors.toSet());
    }
}
