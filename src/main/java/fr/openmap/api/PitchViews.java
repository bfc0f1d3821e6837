package fr.openmap.api;

import fr.openmap.event.ProgrammeItem;
import fr.openmap.pitch.PitchApplication;
import fr.openmap.pitch.PitchAuditEntry;
import fr.openmap.pitch.PitchCall;
import fr.openmap.pitch.PitchCallService;
import fr.openmap.pitch.PitchNotifications;
import fr.openmap.pitch.PitchReview;
import fr.openmap.pitch.PitchReviewService;
import fr.openmap.pitch.PitchRunningOrderService;
import fr.openmap.pitch.Ranking;
import fr.openmap.pitch.RunningOrder;
import fr.openmap.pitch.Selection;
import fr.openmap.validation.Written;

import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the pitch API. */
public final class PitchViews {

    private PitchViews() {
    }

    /** Dates are local times of the event ({@code YYYY-MM-DDTHH:MM}); {@code open} is whether applications are accepted now. */
    public record CallView(String opensAt, String closesAt, boolean open, Map<String, Double> criteria, int waitlistSize,
                           String coachingAt, String coachingPlace, String selectedAt, double disagreementThreshold) {
        public static CallView of(PitchCall c) {
            Map<String, Double> criteria = new LinkedHashMap<>();
            c.criteria.forEach(k -> criteria.put(k.name, k.weight));
            return new CallView(PitchCallService.local(c.opensAt, c.event), PitchCallService.local(c.closesAt, c.event),
                    c.isOpenAt(Instant.now()), criteria, c.waitlistSize, PitchCallService.local(c.coachingAt),
                    c.coachingPlace, PitchCallService.local(c.selectedAt, c.event), Ranking.DISAGREEMENT_THRESHOLD);
        }
    }

    public record DossierView(long sizeBytes, Instant uploadedAt) {
    }

    public record ApplicationView(String structure, String name, String status, Integer rank, String presentation,
                                  String offer, String socialImpact, List<String> references, Integer dossierSizeBytes,
                                  Instant submittedAt, String submittedBy) {
        public static ApplicationView of(PitchApplication a, Integer dossierSize) {
            return new ApplicationView(a.structure.ref, a.structure.name, nameOf(a.structure.pitchStatus), a.structure.pitchRank,
                    a.presentation, a.offer, a.socialImpact, List.copyOf(a.references),
                    dossierSize, a.submittedAt, a.submittedBy);
        }
    }

    public record ReviewView(long id, String structure, String reviewer, Map<String, Integer> scores,
                             double weightedScore, Instant updatedAt) {
        public static ReviewView of(PitchReview r, PitchCall call) {
            return new ReviewView(r.id, r.application.structure.ref, r.reviewer, new LinkedHashMap<>(r.scores),
                    Ranking.weightedScore(r.scores, call.criteria), r.updatedAt);
        }
    }

    public record ReviewerScore(String reviewer, double weightedScore) {
    }

    /** One line of the ranking: equal medians share a rank; {@code disagreement} when max - min of weighted scores reaches the threshold. */
    public record RankingView(int rank, String structure, String name, String status, Double median, int reviewCount,
                              double spread, boolean disagreement, List<ReviewerScore> reviews) {
        public static RankingView of(PitchReviewService.Ranked r, PitchCall call) {
            return new RankingView(r.rank(), r.application().structure.ref, r.application().structure.name,
                    nameOf(r.application().structure.pitchStatus), r.entry().median(), r.reviews().size(),
                    r.entry().spread(), r.entry().disagreement(),
                    r.reviews().stream().map(v -> new ReviewerScore(v.reviewer, Ranking.weightedScore(v.scores, call.criteria))).toList());
        }
    }

    public record OutcomeView(String structure, int rank, String status, Double median, boolean tieSettledByOrganizer) {
    }

    public record SelectionView(List<OutcomeView> outcomes) {
        public static SelectionView of(List<Selection.Outcome> outcomes) {
            return new SelectionView(outcomes.stream().map(o -> new OutcomeView(o.structureRef(), o.rank(),
                    o.status().name(), o.median(), o.settledByTieBreak())).toList());
        }
    }

    /** The 409 answer of a selection that met ties: nothing was changed. */
    public record TiesView(int status, String error, List<Selection.Tie> ties) {
    }

    public record AuditView(long id, String structure, String actor, Instant at, String from, String to, Integer rank, String reason) {
        public static AuditView of(PitchAuditEntry e) {
            return e == null ? null : new AuditView(e.id, e.structureRef, e.actor, e.at, nameOf(e.from), nameOf(e.to), e.rank, e.reason);
        }
    }

    public record WithdrawalView(AuditView withdrawn, AuditView promoted, NotificationView promotionNotice) {
    }

    public record PitchView(int order, String structure, String name, String start, String end) {
        public static PitchView of(RunningOrder.Pitch p) {
            return new PitchView(p.order(), p.structureRef(), p.name(), time(p.start()), time(p.end()));
        }
    }

    public record RunningOrderView(String date, String start, String end, List<PitchView> pitches) {
        public static RunningOrderView of(PitchRunningOrderService.Board board) {
            ProgrammeItem item = board.item();
            return new RunningOrderView(item == null ? null : item.date.toString(), item == null ? null : time(item.start),
                    item == null ? null : time(item.end), board.pitches().stream().map(PitchView::of).toList());
        }
    }

    public record NotificationView(String structure, String email, String name, String language, String status,
                                   String kind, boolean update, String subject, String textBody, String htmlBody) {
        public static NotificationView of(PitchNotifications.Draft d) {
            return d == null ? null : new NotificationView(d.structure().ref, d.structure().email, d.structure().contactName,
                    d.structure().language, nameOf(d.status()), d.kind(), d.update(), d.mail().subject(), d.mail().text(),
                    d.mail().html());
        }
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String time(LocalTime time) {
        return time == null ? null : Written.time(time);
    }
}
