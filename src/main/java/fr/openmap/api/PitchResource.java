package fr.openmap.api;

import fr.openmap.access.Roles;
import fr.openmap.api.PitchViews.ApplicationView;
import fr.openmap.api.PitchViews.AuditView;
import fr.openmap.api.PitchViews.CallView;
import fr.openmap.api.PitchViews.DossierView;
import fr.openmap.api.PitchViews.NotificationView;
import fr.openmap.api.PitchViews.RankingView;
import fr.openmap.api.PitchViews.ReviewView;
import fr.openmap.api.PitchViews.RunningOrderView;
import fr.openmap.api.PitchViews.SelectionView;
import fr.openmap.api.PitchViews.TiesView;
import fr.openmap.api.PitchViews.WithdrawalView;
import fr.openmap.pitch.PitchApplication;
import fr.openmap.pitch.PitchApplicationService;
import fr.openmap.pitch.PitchCall;
import fr.openmap.pitch.PitchCallService;
import fr.openmap.pitch.PitchDossier;
import fr.openmap.pitch.PitchForms;
import fr.openmap.pitch.PitchNotifications;
import fr.openmap.pitch.PitchReviewService;
import fr.openmap.pitch.PitchRunningOrderService;
import fr.openmap.pitch.PitchSelectionService;
import fr.openmap.pitch.PitchWithdrawals;
import fr.openmap.pitch.Selection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The call for pitches of an event: settings, applications (with an optional PDF dossier), reviews, ranking,
 * selection, status changes, withdrawals, running order, audit trail and notifications.
 */
@Path("/api/events/{eventId}/pitch")
public class PitchResource {

    @Inject
    PitchCallService calls;
    @Inject
    PitchApplicationService applications;
    @Inject
    PitchReviewService reviews;
    @Inject
    PitchSelectionService selection;
    @Inject
    PitchWithdrawals withdrawals;
    @Inject
    PitchRunningOrderService runningOrder;
    @Inject
    PitchNotifications notifications;

    @RolesAllowed({Roles.ORGANIZER})
    @PUT
    @Path("/call")
    public CallView configure(@PathParam("eventId") long eventId, PitchForms.CallForm form) {
        return CallView.of(calls.configure(eventId, form));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    @Path("/call")
    public CallView call(@PathParam("eventId") long eventId) {
        return CallView.of(calls.get(eventId));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @POST
    @Path("/applications")
    public Response apply(@PathParam("eventId") long eventId, PitchForms.ApplicationForm form) {
        PitchApplication created = applications.apply(eventId, form);
        return Response.created(URI.create("/api/events/" + eventId + "/pitch/applications/" + created.structure.ref))
                .entity(ApplicationView.of(created, null)).build();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @GET
    @Path("/applications")
    public List<ApplicationView> applications(@PathParam("eventId") long eventId) {
        return applications.list(eventId).stream().map(a -> ApplicationView.of(a, applications.dossierSize(a))).toList();
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @GET
    @Path("/applications/{structureRef}")
    public ApplicationView application(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref) {
        PitchApplication application = applications.get(eventId, ref);
        return ApplicationView.of(application, applications.dossierSize(application));
    }

    /** New answers: the structure until the call closes (409 after), the organizer with a reason. */
    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @PUT
    @Path("/applications/{structureRef}")
    public ApplicationView edit(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref,
                                PitchForms.ApplicationEditForm form) {
        PitchApplication application = applications.edit(eventId, ref, form);
        return ApplicationView.of(application, applications.dossierSize(application));
    }

    /** The organizer deletes an application before the selection, saying why ({@code ?reason=}). */
    @RolesAllowed({Roles.ORGANIZER})
    @DELETE
    @Path("/applications/{structureRef}")
    public AuditView delete(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref,
                            @QueryParam("reason") String reason) {
        return AuditView.of(applications.delete(eventId, ref, reason));
    }

    /** The PDF itself is the request body, sent with {@code Content-Type: application/pdf}. */
    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @PUT
    @Path("/applications/{structureRef}/dossier")
    @Consumes(MediaType.WILDCARD)
    public DossierView attachDossier(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref,
                                     @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        PitchDossier dossier = applications.attachDossier(eventId, ref, contentType, content);
        return new DossierView(dossier.sizeBytes, dossier.uploadedAt);
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @GET
    @Path("/applications/{structureRef}/dossier")
    @Produces("application/pdf")
    public Response dossier(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref) {
        PitchDossier dossier = applications.dossier(eventId, ref);
        return Response.ok(dossier.content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"pitch-" + ref + ".pdf\"").build();
    }

    /** 201 for a new review, 200 when it replaced the same reviewer's earlier one. */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/reviews")
    public Response review(@PathParam("eventId") long eventId, PitchForms.ReviewForm form) {
        PitchReviewService.Recorded recorded = reviews.review(eventId, form);
        PitchCall call = calls.get(eventId);
        return Response.status(recorded.replaced() ? 200 : 201).entity(ReviewView.of(recorded.review(), call)).build();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/reviews")
    public List<ReviewView> reviews(@PathParam("eventId") long eventId) {
        PitchCall call = calls.get(eventId);
        return reviews.reviews(eventId).stream().map(r -> ReviewView.of(r, call)).toList();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/ranking")
    public List<RankingView> ranking(@PathParam("eventId") long eventId) {
        List<PitchReviewService.Ranked> ranked = reviews.ranking(eventId);
        PitchCall call = calls.get(eventId);
        return ranked.stream().map(r -> RankingView.of(r, call)).toList();
    }

    /** 200 with every outcome, or 409 with the ties to settle (and nothing changed). */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/selection")
    public Response select(@PathParam("eventId") long eventId, PitchForms.SelectionForm form) {
        Selection.Result result = selection.select(eventId, form);
        if (result.hasTies()) {
            return Response.status(409).type(MediaType.APPLICATION_JSON).entity(new TiesView(409,
                    "applications tie at a boundary of the selection: nothing was changed; settle the ties by sending "
                            + "them in your preferred order as tieBreak", result.ties())).build();
        }
        return Response.ok(SelectionView.of(result.outcomes())).build();
    }

    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/{structureRef}/status")
    public AuditView override(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref,
                              PitchForms.StatusForm form) {
        return AuditView.of(selection.override(eventId, ref, form));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.STRUCTURE})
    @POST
    @Path("/{structureRef}/withdraw")
    public WithdrawalView withdraw(@PathParam("eventId") long eventId, @PathParam("structureRef") String ref,
                                   PitchForms.WithdrawForm form) {
        PitchWithdrawals.Withdrawal done = withdrawals.withdraw(eventId, ref, form);
        return new WithdrawalView(AuditView.of(done.withdrawn()), AuditView.of(done.promoted()),
                NotificationView.of(done.promotionNotice()));
    }

    @RolesAllowed({Roles.ORGANIZER, Roles.BUYER, Roles.STRUCTURE})
    @GET
    @Path("/running-order")
    public RunningOrderView runningOrder(@PathParam("eventId") long eventId) {
        return RunningOrderView.of(runningOrder.get(eventId));
    }

    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/audit")
    public List<AuditView> audit(@PathParam("eventId") long eventId) {
        return selection.audit(eventId).stream().map(AuditView::of).toList();
    }

    /** What sending would write now, rendered; nothing is written. */
    @RolesAllowed({Roles.ORGANIZER})
    @GET
    @Path("/notifications/preview")
    public List<NotificationView> preview(@PathParam("eventId") long eventId) {
        return notifications.preview(eventId).stream().map(NotificationView::of).toList();
    }

    /** Writes the messages to the outbox (one per applicant whose current status it was not told yet). */
    @RolesAllowed({Roles.ORGANIZER})
    @POST
    @Path("/notifications/send")
    public List<NotificationView> send(@PathParam("eventId") long eventId) {
        return notifications.send(eventId).stream().map(NotificationView::of).toList();
    }
}
