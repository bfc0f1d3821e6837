package fr.openmap.web.console.outbox;

import fr.openmap.access.Roles;
import fr.openmap.agenda.AgendaMail;
import fr.openmap.digest.DigestMails;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.outbox.DeliveryProblem;
import fr.openmap.outbox.OutboxMessage;
import fr.openmap.outbox.OutboxMessage.Status;
import fr.openmap.outbox.OutboxStore;
import fr.openmap.outbox.PersonalLinks;
import fr.openmap.pitch.CommitteeMails;
import fr.openmap.pitch.PitchMails;
import fr.openmap.signup.SignupMails;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.Frame;
import fr.openmap.web.console.Listing;
import fr.openmap.web.console.Listing.Choice;
import fr.openmap.web.console.Listing.Count;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriBuilder;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An event's emails: every message with its status, attempts and problem in plain words, filtered and counted;
 * resend one, or every failed one, after a confirmation, through {@link OutboxStore} as the API does; a preview
 * of a message's text with the personal link masked.
 */
@Path("/console/events/{id}/outbox")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class OutboxPage {

    @Inject
    Console console;
    @Inject
    EventService events;
    @Inject
    OutboxStore outbox;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, Event event, Filter filter, List<Line> lines,
                                            List<Count> counts, int total, List<Choice> statuses, List<Choice> kinds,
                                            int failedToResend, boolean anyUncertain, String uncertain,
                                            String notice, String refusal);

        static native TemplateInstance resend(Frame frame, Event event, Line line, String uncertain);

        static native TemplateInstance resendFailed(Frame frame, Event event, List<Line> lines);

        static native TemplateInstance preview(Frame frame, Event event, Line line, String text);
    }

    /** One message as listed; {@code problem} in plain words, {@code error} the technical text kept beside it. */
    public record Line(long id, String recipientName, String recipientRef, String email, String kind, String subject,
                       Status status, String statusWords, int attempts, String problem, String error, String created,
                       String sent, String nextAttempt, Long resentAs) {
        public boolean mayResend() {
            return status != Status.PENDING && status != Status.SENDING;
        }

        public boolean uncertain() {
            return status == Status.UNCERTAIN;
        }
    }

    /** What the list is filtered on; null: anything. {@code recipient}: part of a name, ref or address. */
    public record Filter(Status status, String kind, String recipient) {
        static final Filter NONE = new Filter(null, null, null);

        boolean keeps(OutboxMessage m) {
            return (status == null || m.status == status) && (kind == null || m.kind.equals(kind))
                    && (recipient == null || contains(m.recipientName, recipient) || contains(m.recipientRef, recipient)
                    || contains(m.recipientEmail, recipient));
        }

        public boolean any() {
            return status != null || kind != null || recipient != null;
        }

        private static boolean contains(String value, String part) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    @GET
    public Response list(@PathParam("id") long id, @QueryParam("status") String status, @QueryParam("kind") String kind,
                         @QueryParam("recipient") String recipient, @QueryParam("resent") Long resent,
                         @QueryParam("copy") Long copy, @QueryParam("resentFailed") Integer resentFailed) {
        Filter filter = new Filter(status(status), Listing.typed(kind), Listing.typed(recipient));
        OutboxPages words = words();
        String notice = resent != null && copy != null ? words.resent(resent, copy)
                : resentFailed != null ? words.resentFailed(resentFailed) : null;
        return page(id, filter, notice, null, 200);
    }

    /** The confirmation of one resend; an UNCERTAIN message's says it may then arrive twice. */
    @GET
    @Path("/resend")
    public Response confirmResend(@PathParam("id") long id, @QueryParam("message") Long messageId) {
        Event event = events.require(id);
        Line line;
        try {
            line = line(one(id, messageId), event);
        } catch (NotFoundException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 404);
        }
        if (!line.mayResend()) {
            return page(id, Filter.NONE, null, words().stillOnItsWay(line.id(), line.statusWords()), 409);
        }
        return Response.ok(console.localized(Templates.resend(
                console.frame(words().resendTitle(line.id()), event, ConsoleSection.OUTBOX), event, line,
                DeliveryProblem.UNCERTAIN.in(console.language())))).build();
    }

    @POST
    @Path("/resend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resend(@PathParam("id") long id, @FormParam("message") Long messageId) {
        OutboxMessage copy;
        try {
            copy = outbox.resend(id, Objects.requireNonNullElse(messageId, -1L));
        } catch (ConflictException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 409);
        } catch (NotFoundException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 404);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/outbox")
                .queryParam("resent", messageId).queryParam("copy", copy.id).build(id)).build();
    }

    /** The confirmation of "resend every failed message", with how many and which. */
    @GET
    @Path("/resend-failed")
    public Response confirmResendFailed(@PathParam("id") long id) {
        Event event = events.require(id);
        List<Line> failed = outbox.failedNotResent(id).stream().map(m -> line(m, event)).toList();
        if (failed.isEmpty()) {
            return page(id, Filter.NONE, null, words().noFailed(), 409);
        }
        return Response.ok(console.localized(Templates.resendFailed(
                console.frame(words().resendFailedTitle(failed.size()), event, ConsoleSection.OUTBOX), event, failed)))
                .build();
    }

    @POST
    @Path("/resend-failed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resendFailed(@PathParam("id") long id, @FormParam("count") Integer count) {
        int resent;
        try {
            resent = outbox.resendFailed(id, count == null ? -1 : count).size();
        } catch (ConflictException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 409);
        }
        return Response.seeOther(UriBuilder.fromPath("/console/events/{id}/outbox")
                .queryParam("resentFailed", resent).build(id)).build();
    }

    /** A message's text as it is sent, the personal link's token masked (as the agenda preview does). */
    @GET
    @Path("/preview")
    public Response preview(@PathParam("id") long id, @QueryParam("message") Long messageId) {
        Event event = events.require(id);
        OutboxMessage message;
        try {
            message = one(id, messageId);
        } catch (NotFoundException e) {
            return page(id, Filter.NONE, null, console.refused(e.text()), 404);
        }
        Line line = line(message, event);
        return Response.ok(console.localized(Templates.preview(
                console.frame(words().previewTitle(line.id()), event, ConsoleSection.OUTBOX), event, line,
                PersonalLinks.mask(message.text())))).build();
    }

    private OutboxMessage one(long id, Long messageId) {
        return outbox.message(id, Objects.requireNonNullElse(messageId, -1L));
    }

    private Response page(long id, Filter filter, String notice, String refusal, int httpStatus) {
        Event event = events.require(id);
        OutboxPages words = words();
        Language language = console.language();
        List<OutboxMessage> all = outbox.ofEvent(id, null);
        List<Line> lines = all.stream().filter(filter::keeps).map(m -> line(m, event)).toList();
        String base = "/console/events/" + id + "/outbox";
        List<Count> counts = Arrays.stream(Status.values())
                .map(s -> new Count(s.name(), status(s, words), all.stream().filter(m -> m.status == s).count(),
                        base + "?status=" + s.name()))
                .toList();
        List<Choice> statuses = Arrays.stream(Status.values())
                .map(s -> new Choice(s.name(), status(s, words), s == filter.status())).toList();
        List<Choice> kinds = all.stream().map(m -> m.kind).distinct().sorted()
                .map(k -> new Choice(k, kind(k, words), k.equals(filter.kind()))).toList();
        int failedToResend = outbox.failedNotResent(id).size();
        boolean anyUncertain = all.stream().anyMatch(m -> m.status == Status.UNCERTAIN);
        return Response.status(httpStatus).entity(console.localized(Templates.list(
                console.frame(words.title(), event, ConsoleSection.OUTBOX), event, filter, lines, counts, all.size(),
                statuses, kinds, failedToResend, anyUncertain, DeliveryProblem.UNCERTAIN.in(language), notice, refusal)))
                .build();
    }

    private Line line(OutboxMessage m, Event event) {
        OutboxPages words = words();
        Text problem = DeliveryProblem.of(m.status, m.lastError);
        return new Line(m.id, m.recipientName, m.recipientRef, m.recipientEmail, kind(m.kind, words), m.subject, m.status,
                status(m.status, words), m.attempts, problem == null ? null : problem.in(console.language()),
                m.status == Status.UNCERTAIN ? null : m.lastError, moment(m.createdAt, event), moment(m.sentAt, event),
                m.status == Status.PENDING ? moment(m.nextAttemptAt, event) : null, m.resentAs);
    }

    /** A moment in the event's time zone: "mardi 1 décembre 2026 à 14 h 05"; null stays null. */
    private String moment(Instant at, Event event) {
        return Listing.moment(at, ZoneId.of(event.timezone), console.language());
    }

    static String status(Status status, OutboxPages words) {
        return switch (status) {
            case PENDING -> words.statusPending();
            case SENDING -> words.statusSending();
            case SENT -> words.statusSent();
            case FAILED -> words.statusFailed();
            case UNCERTAIN -> words.statusUncertain();
        };
    }

    /** A kind in words; a kind this page does not know yet is shown as it is stored. */
    static String kind(String kind, OutboxPages words) {
        return switch (kind) {
            case AgendaMail.AGENDA -> words.kindAgenda();
            case AgendaMail.AGENDA_CHANGED -> words.kindAgendaChanged();
            case PitchMails.SELECTED -> words.kindPitchSelected();
            case PitchMails.WAITLISTED -> words.kindPitchWaitlisted();
            case PitchMails.NOT_SELECTED -> words.kindPitchNotSelected();
            case PitchMails.PROMOTED -> words.kindPitchPromoted();
            case SignupMails.REGISTERED -> words.kindRegistered();
            case SignupMails.YOUR_LINK -> words.kindYourLink();
            case SignupMails.APPROVED -> words.kindApproved();
            case SignupMails.REFUSED -> words.kindRefused();
            case DigestMails.DIGEST -> words.kindDigest();
            case CommitteeMails.INVITATION -> words.kindReviewerInvitation();
            case CommitteeMails.REMINDER -> words.kindReviewerReminder();
            default -> kind;
        };
    }

    private OutboxPages words() {
        return console.language().messages(OutboxPages.class);
    }

    private static Status status(String value) {
        return Listing.option(Status.class, value);
    }
}
