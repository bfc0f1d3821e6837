package fr.openmap.web.personal.pitch;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.pitch.PitchApplication;
import fr.openmap.pitch.PitchCall;
import fr.openmap.pitch.PitchCallService;
import fr.openmap.pitch.PitchForms.ApplicationForm;
import fr.openmap.pitch.PitchForms.WithdrawForm;
import fr.openmap.pitch.PitchApplicationService;
import fr.openmap.pitch.PitchNotifications;
import fr.openmap.pitch.PitchRunningOrderService;
import fr.openmap.pitch.PitchSubmissions;
import fr.openmap.pitch.PitchWithdrawals;
import fr.openmap.i18n.DateTimeFormats;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.Structure;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problem;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.personal.PersonalFrame;
import fr.openmap.web.personal.PersonalMessages;
import fr.openmap.web.personal.PersonalSection;
import fr.openmap.web.personal.PersonalSpace;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A structure's application to pitch, below its personal page: the form while the call is open (presentation,
 * offer, social impact, references, an optional PDF dossier), sent through the same services as the API; then
 * its status in words (applied; selected with the pitch time; wait-listed with the position; not selected, with
 * the invitation to the meetings), and withdrawing after a confirmation. In the personal space's frame; {@link #readOnly}:
 * the organizer's read-only view of it.
 */
@Path("/p/{eventId}/{ref}/pitch")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.STRUCTURE)
public class PitchApplicationPage {

    static final Set<String> FIELDS = Set.of("presentation", "offer", "socialImpact", "references", "dossier");

    @Inject
    PersonalSpace space;
    @Inject
    PitchCallService calls;
    @Inject
    PitchApplicationService applications;
    @Inject
    PitchSubmissions submissions;
    @Inject
    PitchWithdrawals withdrawals;
    @Inject
    PitchRunningOrderService runningOrder;

    /** What was typed, kept when the form comes back. */
    public record Typed(String presentation, String offer, String socialImpact, String references) {
        static final Typed BLANK = new Typed("", "", "", "");
    }

    /** Where the structure stands: the sentence saying it, whether it may withdraw, its dossier's size. */
    public record Status(String sentence, boolean mayWithdraw, Integer dossierKilobytes) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PersonalFrame frame, String action, String notice,
                                            String refusal, String closed, String openUntil, Status status, Typed form,
                                            FieldProblems problems, boolean readOnly);

        static native TemplateInstance confirm(PersonalFrame frame, String action, String back,
                                               FieldProblems problems);
    }

    @GET
    @Transactional
    public Response show(@PathParam("eventId") long eventId, @PathParam("ref") String ref, @QueryParam("done") String done) {
        Structure me = structure(eventId, ref);
        PitchApplicationPages words = words();
        String notice = switch (done == null ? "" : done) {
            case "applied" -> words.appliedNotice();
            case "withdrawn" -> words.withdrawnNotice();
            default -> null;
        };
        return Response.ok(render(me, notice, null, Typed.BLANK, FieldProblems.none())).build();
    }

    /** The application, with its dossier when a file is chosen; refused: the form again, each problem at its field. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response apply(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                          @RestForm String presentation, @RestForm String offer, @RestForm String socialImpact,
                          @RestForm String references, @RestForm("dossier") FileUpload dossier, @RestForm String lang) {
        space.language(lang);
        Structure me = structure(eventId, ref);
        Typed typed = new Typed(presentation, offer, socialImpact, references);
        List<String> lines = references == null ? List.of()
                : Arrays.stream(references.split("\\R")).filter(l -> !l.isBlank()).map(String::strip).toList();
        boolean chosen = dossier != null && dossier.fileName() != null && !dossier.fileName().isBlank();
        try {
            submissions.apply(eventId, new ApplicationForm(ref, presentation, offer, socialImpact, lines),
                    chosen ? dossier.contentType() : null, chosen ? read(dossier) : null);
        } catch (InvalidInputException e) {
            return page(me, null, null, typed, FieldProblems.of(onFields(e.problems()), "", FIELDS::contains,
                    space.language()), 422);
        } catch (ConflictException e) {
            return page(me, null, space.language().messages(PersonalMessages.class).changeRefused() + " "
                    + space.sentence(e.text()), typed, FieldProblems.none(), 409);
        }
        return space.seeOther("/pitch", "applied");
    }

    /** The confirmation before withdrawing. */
    @GET
    @Path("/withdraw")
    public TemplateInstance confirmWithdrawal(@PathParam("eventId") long eventId, @PathParam("ref") String ref) {
        space.me(eventId, ref);
        return space.localized(Templates.confirm(space.frame(words().confirmTitle(), PersonalSection.PITCH),
                space.path("/pitch/withdraw"), space.path("/pitch"), FieldProblems.none()));
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("eventId") long eventId, @PathParam("ref") String ref,
                             @FormParam("reason") String reason, @FormParam("lang") String lang) {
        space.language(lang);
        space.me(eventId, ref);
        try {
            withdrawals.withdraw(eventId, ref, new WithdrawForm(reason));
        } catch (ConflictException | InvalidInputException e) {
            return space.seeOther("/pitch", null); // already withdrawn, or not in a state to: the page says where it stands
        }
        return space.seeOther("/pitch", "withdrawn");
    }

    private Structure structure(long eventId, String ref) {
        return (Structure) space.me(eventId, ref);
    }

    private Response page(Structure me, String notice, String refusal, Typed form, FieldProblems problems, int status) {
        return Response.status(status).entity(render(me, notice, refusal, form, problems)).build();
    }

    /**
     * {@code me}'s application for the organizer's read-only view (the console's "voir comme", after
     * PersonalSpace#asOrganizer): its status or the call, no form, no button. Private rendering below, so this class's
     * structure-only rule is not asked again of the organizer.
     */
    @RolesAllowed(Roles.ORGANIZER)
    @Transactional
    public TemplateInstance readOnly(Structure me) {
        return render(me, null, null, Typed.BLANK, FieldProblems.none());
    }

    private TemplateInstance render(Structure me, String notice, String refusal, Typed form, FieldProblems problems) {
        PitchApplicationPages words = words();
        Event event = me.event;
        Optional<PitchCall> call = PitchCall.forEvent(event);
        Optional<PitchApplication> application = PitchApplication.of(me);
        String closed = null;
        String openUntil = null;
        if (call.isEmpty()) {
            closed = words.noCall();
        } else if (me.pitchStatus == null) {
            try {
                calls.requireOpen(call.get());
                LocalDateTime closes = LocalDateTime.ofInstant(call.get().closesAt, ZoneId.of(event.timezone));
                openUntil = words.openUntil(DateTimeFormats.fullDate(closes.toLocalDate(), space.language()),
                        DateTimeFormats.shortTime(closes.toLocalTime(), space.language()));
            } catch (ConflictException e) {
                closed = space.sentence(e.text());
            }
        }
        // a status set without an application (an imported event file) is told too
        Status standing = me.pitchStatus == null ? null : status(me, application, words);
        return space.localized(Templates.page(space.frame(words.title(), PersonalSection.PITCH), space.path("/pitch"),
                notice, refusal, closed, openUntil, standing, form, problems, space.readOnly()));
    }

    private Status status(Structure me, Optional<PitchApplication> application, PitchApplicationPages words) {
        var language = space.language();
        String sentence = switch (me.pitchStatus) {
            case APPLIED -> application.map(a -> {
                LocalDateTime sent = LocalDateTime.ofInstant(a.submittedAt, ZoneId.of(me.event.timezone));
                return words.applied(DateTimeFormats.fullDate(sent.toLocalDate(), language),
                        DateTimeFormats.shortTime(sent.toLocalTime(), language));
            }).orElse(words.appliedUndated());
            case SELECTED -> runningOrder.of(me).map(p -> words.selected(DateTimeFormats.shortTime(p.start(), language),
                    DateTimeFormats.shortTime(p.end(), language))).orElse(words.selectedNoTime());
            case WAITLISTED -> words.waitlisted(PitchNotifications.waitlistPosition(me));
            case NOT_SELECTED -> words.notSelected();
            case WITHDRAWN -> words.withdrawn();
        };
        Integer size = application.map(applications::dossierSize).orElse(null);
        // as PitchWithdrawals: an application that is applied, selected or wait-listed may be withdrawn
        boolean mayWithdraw = application.isPresent() && (me.pitchStatus == PitchStatus.APPLIED
                || me.pitchStatus == PitchStatus.SELECTED || me.pitchStatus == PitchStatus.WAITLISTED);
        return new Status(sentence, mayWithdraw, size == null ? null : Math.max(1, (size + 1023) / 1024));
    }

    /** The dossier's problems (its type, its content) go next to the file field; each reference's to the references. */
    private static List<Problem> onFields(List<Problem> problems) {
        return problems.stream().map(p -> {
            String at = p.location();
            if ("Content-Type".equals(at)) {
                return new Problem("dossier", p.text());
            }
            return at != null && at.startsWith("references[") ? new Problem("references", p.text()) : p;
        }).toList();
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PitchApplicationPages words() {
        return space.language().messages(PitchApplicationPages.class);
    }

    @ServerExceptionMapper({UnauthorizedException.class, ForbiddenException.class, AuthenticationFailedException.class,
            NotFoundException.class, fr.openmap.access.ForbiddenException.class})
    Response invalidLink() {
        return space.invalidLink();
    }
}
