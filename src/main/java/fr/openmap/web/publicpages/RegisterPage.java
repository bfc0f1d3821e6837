package fr.openmap.web.publicpages;

import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.LegalForm;
import fr.openmap.registration.ParticipantFields;
import fr.openmap.registration.StructureInput;
import fr.openmap.registration.RegistrationService;
import fr.openmap.signup.PublicEvent;
import fr.openmap.signup.Signups;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Problem;
import fr.openmap.validation.Problems;
import fr.openmap.web.console.Console;
import fr.openmap.web.console.EventFormPage.Option;
import fr.openmap.web.console.FieldProblems;
import fr.openmap.web.console.Frame;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Self-registration on the public pages, as a buyer or as a structure, no sign-in: the form posts back to
 * itself; a refused form comes back with what was typed and each problem next to its field, nothing stored;
 * a registration (or one already made with that email or SIRET) leads to the same page saying what happens next.
 */
@Path("/e/{slug}/register")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class RegisterPage {

    static final String BUYER = "buyer";
    static final String STRUCTURE = "structure";

    @Inject
    Console console;
    @Inject
    PublicPages pages;
    @Inject
    Signups signups;
    @Inject
    RegistrationService registrations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Frame frame, PublicEvent e, String kind, RegistrationForm form,
                                            List<Option> legalForms, FieldProblems problems);

        static native TemplateInstance done(Frame frame, PublicEvent e);
    }

    /** The typed fields, all as text. */
    public static class Typed {
        @RestForm String organization;
        @RestForm String service;
        @RestForm String interests;
        @RestForm String needs;
        @RestForm String name;
        @RestForm String legalForm;
        @RestForm String siret;
        @RestForm String department;
        @RestForm String sector;
        @RestForm String offer;
        @RestForm String representatives;
        @RestForm String contactName;
        @RestForm String email;
        @RestForm String maxMeetings;
        @RestForm String unavailable;

        public RegistrationForm form() {
            return new RegistrationForm(organization, service, interests, needs, name, legalForm, siret, department,
                    sector, offer, representatives, contactName, email, maxMeetings, unavailable);
        }
    }

    @GET
    @Path("/{kind:buyer|structure}")
    public Response blank(@PathParam("slug") String slug, @PathParam("kind") String kind) {
        PublicEvent event = signups.publicEvent(slug);
        try {
            registrations.requireOpen(slug, BUYER.equals(kind));
        } catch (ConflictException e) {
            return refused(slug, e, 200);
        }
        return form(event, kind, RegistrationForm.BLANK, FieldProblems.none(), 200);
    }

    @POST
    @Path("/{kind:buyer|structure}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("slug") String slug, @PathParam("kind") String kind, @BeanParam Typed typed) {
        Optional<Response> throttled = pages.throttled();
        if (throttled.isPresent()) {
            return throttled.get();
        }
        PublicEvent event = signups.publicEvent(slug);
        RegistrationForm form = typed.form();
        Set<String> fields = BUYER.equals(kind) ? RegistrationForm.BUYER_FIELDS : RegistrationForm.STRUCTURE_FIELDS;
        Problems typing = new Problems();
        boolean buyer = BUYER.equals(kind);
        BuyerInput buyerInput = buyer ? form.buyer(typing) : null;
        StructureInput structureInput = buyer ? null : form.structure(typing);
        try {
            if (!typing.isEmpty()) {
                // unreadable windows: the form comes back with them and every other problem the rules find
                List<Problem> all = new ArrayList<>(typing.list());
                all.addAll(problemsOf(() -> {
                    if (buyer) {
                        ParticipantFields.validBuyer(buyerInput, event.date());
                    } else {
                        ParticipantFields.validStructure(structureInput, event.date());
                    }
                }));
                return form(event, kind, form, console.problems(RegistrationForm.onFields(all), "", fields::contains), 422);
            }
            if (buyer) {
                signups.registerBuyer(slug, buyerInput, console.language());
            } else {
                signups.registerStructure(slug, structureInput, console.language());
            }
            return PublicPages.seeOther(PublicPages.eventPath(slug) + "/register/done");
        } catch (InvalidInputException e) {
            return form(event, kind, form, console.problems(RegistrationForm.onFields(e.problems()), "", fields::contains), 422);
        } catch (ConflictException e) {
            return refused(slug, e, 409);
        }
    }

    private static List<Problem> problemsOf(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** The same page whether the registration is new or was already made: nobody learns who is registered. */
    @GET
    @Path("/done")
    public TemplateInstance done(@PathParam("slug") String slug) {
        return console.localized(Templates.done(console.frame(pages.words().doneTitle()), signups.publicEvent(slug)));
    }

    private Response form(PublicEvent event, String kind, RegistrationForm form, FieldProblems problems, int status) {
        PublicMessages words = pages.words();
        String title = BUYER.equals(kind) ? words.registerBuyerTitle() : words.registerStructureTitle();
        List<Option> legalForms = Arrays.stream(LegalForm.values())
                .map(f -> new Option(f.name(), f.label().in(console.language()))).toList();
        return Response.status(status).entity(console.localized(Templates.form(console.frame(title), event, kind, form,
                legalForms, problems))).build();
    }

    /** The refusal as one sentence of its own: "Les inscriptions sont closes depuis le …". */
    private Response refused(String slug, ConflictException e, int status) {
        String why = e.text().in(console.language());
        String sentence = why.isEmpty() ? why : Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".";
        return Response.status(status).entity(console.localized(PublicEventPage.Templates.refused(
                console.frame(pages.words().takePart()), sentence, slug))).build();
    }
}
