package fr.openmap.web.console.participants;

import fr.openmap.access.Roles;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.overview.ParticipantActivity;
import fr.openmap.overview.ParticipantActivity.Counts;
import fr.openmap.registration.Buyer;
import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.RegistrationService.Registered;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.ConsoleSection;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import fr.openmap.web.console.participants.ParticipantPages.Meetings;
import fr.openmap.web.console.participants.ParticipantPages.Option;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An event's buyers: the table with its search and filter, adding, editing and deleting one. Every change goes
 * through the registration service, as the API's; a refused form comes back with each problem next to its field.
 */
@Path("/console/events/{id}/buyers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ORGANIZER)
public class BuyersPage {

    @Inject
    Console console;
    @Inject
    ParticipantPages pages;
    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    ParticipantActivity activity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Frame frame, long eventId, String q, List<Option> meetings, List<BuyerRow> rows,
                                            String count, String notice);

        static native TemplateInstance form(Frame frame, BuyerForm form, boolean adding, List<Option> languages,
                                            FieldProblems problems, String refusal, String action, String cancelHref);
    }

    /** One buyer as the table shows it. */
    public record BuyerRow(String ref, String organization, String service, String contact, String email, String table,
                           String interests, String maxMeetings, long requests, long meetings) {
    }

    @GET
    @Transactional
    public TemplateInstance list(@PathParam("id") long id, @QueryParam("q") String q, @QueryParam("meetings") String meetings,
                                 @QueryParam("saved") String saved, @QueryParam("deleted") String deleted) {
        Event event = events.require(id);
        ParticipantsMessages words = pages.words();
        Search search = Search.of(q);
        Meetings withMeetings = Meetings.of(meetings);
        Map<String, Counts> counts = activity.buyers(id);
        List<Buyer> buyers = registrations.buyers(id);
        List<BuyerRow> rows = new ArrayList<>();
        for (Buyer b : buyers) {
            Counts c = counts.getOrDefault(b.ref, Counts.NONE);
            if (search.matches(b.ref, b.organization, b.service, b.contactName, b.email) && withMeetings.admits(c.meetings())) {
                rows.add(new BuyerRow(b.ref, b.organization, b.service, b.contactName, b.email, b.table,
                        String.join(", ", b.interests), b.maxMeetings == null ? words.noLimit() : b.maxMeetings.toString(),
                        c.requests(), c.meetings()));
            }
        }
        String notice = saved != null ? words.savedNotice(saved) : deleted != null ? words.deletedNotice(deleted) : null;
        return console.localized(Templates.list(console.frame(words.buyersTitle(), event, ConsoleSection.BUYERS), id,
                q == null ? "" : q, pages.meetingsOptions(meetings), rows, words.buyersCount(buyers.size(), rows.size()), notice));
    }

    @GET
    @Path("/new")
    public Response newBuyer(@PathParam("id") long id) {
        return form(events.require(id), BuyerForm.blank(), null, FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("id") long id, @RestForm String ref, @RestForm String organization,
                           @RestForm String service, @RestForm String contactName, @RestForm String email,
                           @RestForm String interests, @RestForm String maxMeetings, @RestForm String table,
                           @RestForm String language, @RestForm List<String> windowDate,
                           @RestForm List<String> windowStart, @RestForm List<String> windowEnd) {
        Event event = events.require(id);
        BuyerForm form = new BuyerForm(ref, organization, service, contactName, email, interests, maxMeetings, table,
                language, TypedForm.windows(windowDate, windowStart, windowEnd));
        try {
            BuyerInput input = TypedForm.checked(typed -> form.input(ref, typed),
                    given -> ParticipantFields.validBuyer(given, event.date));
            Registered<Buyer> created = registrations.createBuyer(id, input);
            Buyer buyer = created.participant();
            return pages.created(console.frame(pages.words().newBuyerTitle(), event, ConsoleSection.BUYERS),
                    pages.words().buyerAdded(buyer.displayName(), buyer.ref), buyer, created.token(),
                    ConsoleSection.BUYERS.href(id));
        } catch (InvalidInputException e) {
            return form(event, form, null, problems(e, form), null, 422);
        } catch (ConflictException e) {
            return form(event, form, null, FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    @GET
    @Path("/{ref}/edit")
    @Transactional
    public Response edit(@PathParam("id") long id, @PathParam("ref") String ref) {
        Buyer buyer = registrations.buyer(id, ref);
        return form(buyer.event, BuyerForm.of(ParticipantFields.input(buyer.toData(), buyer.event.date), buyer.language),
                buyer.displayName(), FieldProblems.none(), null, 200);
    }

    @POST
    @Path("/{ref}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") long id, @PathParam("ref") String ref, @RestForm String organization,
                         @RestForm String service, @RestForm String contactName, @RestForm String email,
                         @RestForm String interests, @RestForm String maxMeetings, @RestForm String table,
                         @RestForm String language, @RestForm List<String> windowDate,
                         @RestForm List<String> windowStart, @RestForm List<String> windowEnd) {
        Event event = events.require(id);
        Buyer stored = registrations.buyer(id, ref);
        BuyerForm form = new BuyerForm(stored.ref, organization, service, contactName, email, interests, maxMeetings, table,
                language, TypedForm.windows(windowDate, windowStart, windowEnd));
        try {
            BuyerInput input = TypedForm.checked(typed -> form.input(null, typed),
                    given -> ParticipantFields.validBuyer(given, event.date));
            Buyer buyer = registrations.updateBuyer(id, ref, input);
            return ParticipantPages.back(ConsoleSection.BUYERS.href(id), "saved", buyer.displayName());
        } catch (InvalidInputException e) {
            return form(event, form, stored.displayName(), problems(e, form), null, 422);
        } catch (ConflictException e) {
            return form(event, form, stored.displayName(), FieldProblems.none(), console.refused(e.text()), 409);
        }
    }

    @GET
    @Path("/{ref}/delete")
    @Transactional
    public Response confirmDelete(@PathParam("id") long id, @PathParam("ref") String ref) {
        Buyer buyer = registrations.buyer(id, ref);
        return pages.confirmDelete(buyer, ConsoleSection.BUYERS, pages.words().deleteBuyerTitle(buyer.displayName()));
    }

    @POST
    @Path("/{ref}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @PathParam("ref") String ref) {
        String name = registrations.buyer(id, ref).displayName();
        registrations.deleteBuyer(id, ref);
        return ParticipantPages.back(ConsoleSection.BUYERS.href(id), "deleted", name);
    }

    private FieldProblems problems(InvalidInputException e, BuyerForm form) {
        return console.problems(TypedForm.placed(e.problems()), "", form.fieldIds()::contains);
    }

    /** The form to add a buyer ({@code editing} null) or to edit the one of that name. */
    private Response form(Event event, BuyerForm form, String editing, FieldProblems problems, String refusal, int status) {
        boolean adding = editing == null;
        ParticipantsMessages words = pages.words();
        String list = ConsoleSection.BUYERS.href(event.id);
        String title = adding ? words.newBuyerTitle() : words.editBuyerTitle(editing);
        String action = adding ? list + "/new" : list + "/" + form.ref() + "/edit";
        return Response.status(status).entity(console.localized(Templates.form(
                console.frame(title, event, ConsoleSection.BUYERS), form, adding, pages.languageOptions(form.language()),
                problems, refusal, action, list))).build();
    }
}
