package fr.openmap.pitch;

import fr.openmap.access.Caller;
import fr.openmap.access.ParticipantPrincipal;
import fr.openmap.event.Event;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.pitch.PitchForms.ApplicationEditForm;
import fr.openmap.pitch.PitchForms.ApplicationForm;
import fr.openmap.registration.PitchStatus;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.Structure;
import fr.openmap.validation.Collisions;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Applications to pitch: sent by a structure (or the organizer for it) while the call is open, one per structure. */
@ApplicationScoped
public class PitchApplicationService {

    static final String PDF_TYPE = "application/pdf";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    EventService events;
    @Inject
    RegistrationService registrations;
    @Inject
    PitchCallService calls;
    @Inject
    PitchStatusChanges statuses;
    @Inject
    Caller caller;

    /** A new application; the structure's pitch status becomes APPLIED. */
    @Transactional
    public PitchApplication apply(long eventId, ApplicationForm form) {
        Event event = events.require(eventId);
        caller.requireMemberOf(eventId);
        Problems problems = new Problems();
        if (form == null) {
            problems.add("body", Text.of("is required: {structure, presentation, offer, socialImpact, references}",
                    "est obligatoire : {structure, presentation, offer, socialImpact, references}"));
            problems.throwIfAny();
        }
        String ref = problems.ref("structure", form.structure());
        String presentation = text(problems, "presentation", form.presentation());
        String offer = text(problems, "offer", form.offer());
        String socialImpact = text(problems, "socialImpact", form.socialImpact());
        List<String> references = references(problems, form.references());
        problems.throwIfAny();

        Structure structure = registrations.findStructure(eventId, ref);
        caller.requireSelfOrOrganizer(structure);
        calls.requireOpen(calls.require(event));
        Text alreadyApplied = Text.of("'" + ref + "' has already applied to pitch at this event",
                "« " + ref + " » a déjà candidaté au pitch de cet événement");
        if (PitchApplication.of(structure).isPresent()) {
            throw new ConflictException(alreadyApplied);
        }
        PitchApplication application = new PitchApplication();
        application.event = event;
        application.structure = structure;
        application.presentation = presentation;
        application.offer = offer;
        application.socialImpact = socialImpact;
        application.references.addAll(references);
        application.submittedBy = statuses.actor();
        Collisions.insert(application, alreadyApplied); // the same structure applying twice at once: one wins
        statuses.change(structure, PitchStatus.APPLIED, null, "applied to pitch");
        return application;
    }

    /**
     * New answers for an application: the structure itself while the call is open (409 after), or the organizer
     * at any time with a reason; either way the audit keeps who and why.
     */
    @Transactional
    public PitchApplication edit(long eventId, String structureRef, ApplicationEditForm form) {
        caller.requireMemberOf(eventId);
        Problems problems = new Problems();
        if (form == null) {
            problems.add("body", Text.of("is required: {presentation, offer, socialImpact, references, reason?}",
                    "est obligatoire : {presentation, offer, socialImpact, references, reason?}"));
            problems.throwIfAny();
        }
        String presentation = text(problems, "presentation", form.presentation());
        String offer = text(problems, "offer", form.offer());
        String socialImpact = text(problems, "socialImpact", form.socialImpact());
        List<String> references = references(problems, form.references());
        String reason = caller.isOrganizer() ? problems.requiredText("reason", form.reason(), Limits.REASON)
                : problems.optionalText("reason", form.reason(), Limits.REASON);
        problems.throwIfAny();
        Structure structure = registrations.findStructure(eventId, structureRef);
        caller.requireSelfOrOrganizer(structure);
        PitchApplication application = require(structure);
        if (!caller.isOrganizer()) {
            calls.requireOpen(calls.require(structure.event));
        }
        application.presentation = presentation;
        application.offer = offer;
        application.socialImpact = socialImpact;
        application.references.clear();
        application.references.addAll(references);
        statuses.record(structure, "application edited by " + statuses.actor() + (reason == null ? "" : ": " + reason));
        return application;
    }

    /**
     * The organizer deletes an application, with its dossier and reviews, saying why; only before the selection
     * (after it, the structure withdraws). The structure then has no application, as before it applied.
     */
    @Transactional
    public PitchAuditEntry delete(long eventId, String structureRef, String reason) {
        caller.requireOrganizer();
        Problems problems = new Problems();
        String why = problems.requiredText("reason", reason, Limits.REASON);
        problems.throwIfAny();
        Event event = events.lock(eventId);
        Structure structure = registrations.findStructure(eventId, structureRef);
        PitchApplication application = require(structure);
        if (PitchCall.forEvent(event).map(PitchCall::selectionMade).orElse(false)) {
            throw new ConflictException(Text.of("the selection was made: withdraw the application instead of deleting it",
                    "la sélection a été faite : retirez la candidature au lieu de la supprimer"));
        }
        // references, dossier and reviews go with it (on delete cascade, V5)
        PitchApplication.delete("id", application.id);
        return statuses.change(structure, null, null, "application deleted by the organizer: " + why);
    }

    /** Every application for the organizer; a structure sees its own only. */
    @Transactional
    public List<PitchApplication> list(long eventId) {
        Event event = events.require(eventId);
        caller.requireMemberOf(eventId);
        if (caller.isOrganizer()) {
            return PitchApplication.ofEvent(event);
        }
        // Only a structure has an application; ids of buyers and structures overlap, so check the kind.
        return caller.principal().filter(p -> p.kind() == ParticipantPrincipal.Kind.STRUCTURE)
                .map(me -> PitchApplication.<PitchApplication>list("structure.id = ?1 and event = ?2", me.id(), event))
                .orElse(List.of());
    }

    /** One structure's application: that structure or the organizer. */
    @Transactional
    public PitchApplication get(long eventId, String structureRef) {
        caller.requireMemberOf(eventId);
        Structure structure = registrations.findStructure(eventId, structureRef);
        caller.requireSelfOrOrganizer(structure);
        return require(structure);
    }

    /**
     * Attaches (or replaces) the application's PDF while the call is open: at most 5 MB, sent as
     * {@code application/pdf}, and really a PDF (it starts with {@code %PDF-}).
     */
    @Transactional
    public PitchDossier attachDossier(long eventId, String structureRef, String contentType, byte[] content) {
        PitchApplication application = get(eventId, structureRef);
        Problems problems = new Problems();
        if (contentType == null || !contentType.toLowerCase().startsWith(PDF_TYPE)) {
            problems.add("Content-Type", Text.of("must be " + PDF_TYPE + " (got " + contentType + ")",
                    "doit être " + PDF_TYPE + " (valeur reçue : " + contentType + ")"));
        }
        if (content == null || content.length == 0) {
            problems.add("dossier", Text.of("is empty: send the PDF file as the request body",
                    "est vide : envoyez le fichier PDF comme corps de la requête"));
        } else if (content.length > PitchDossier.MAX_BYTES) {
            problems.add("dossier", Text.of("is " + content.length + " bytes: 5 MB (" + PitchDossier.MAX_BYTES + " bytes) at most",
                    "pèse " + content.length + " octets : 5 Mo (" + PitchDossier.MAX_BYTES + " octets) au plus"));
        } else if (!isPdf(content)) {
            problems.add("dossier", Text.of("is not a PDF file (it does not start with %PDF-)",
                    "n'est pas un fichier PDF (il ne commence pas par %PDF-)"));
        }
        problems.throwIfAny();
        calls.requireOpen(calls.require(application.event));
        PitchDossier dossier = PitchDossier.of(application).orElseGet(() -> {
            PitchDossier fresh = new PitchDossier();
            fresh.application = application;
            return fresh;
        });
        dossier.content = content;
        dossier.sizeBytes = content.length;
        dossier.uploadedAt = Instant.now();
        dossier.persist();
        return dossier;
    }

    @Transactional
    public PitchDossier dossier(long eventId, String structureRef) {
        PitchApplication application = get(eventId, structureRef);
        return PitchDossier.of(application)
                .orElseThrow(() -> new NotFoundException(Text.of("the application of '" + structureRef + "' has no PDF dossier",
                        "la candidature de « " + structureRef + " » n'a pas de dossier PDF")));
    }

    /** The dossier's size, if there is one, without loading it. */
    public Integer dossierSize(PitchApplication application) {
        return PitchDossier.getEntityManager()
                .createQuery("select d.sizeBytes from PitchDossier d where d.application = :application", Integer.class)
                .setParameter("application", application)
                .getResultStream().findFirst().orElse(null);
    }

    public PitchApplication require(Structure structure) {
        return PitchApplication.of(structure)
                .orElseThrow(() -> new NotFoundException(Text.of("'" + structure.ref + "' has not applied to pitch",
                        "« " + structure.ref + " » n'a pas candidaté au pitch")));
    }

    static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length && Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }

    /** An answer of the application: several lines allowed. */
    private static String text(Problems problems, String location, String value) {
        return problems.multilineText(location, value, Limits.PITCH_TEXT);
    }

    private static List<String> references(Problems problems, List<String> given) {
        List<String> references = new ArrayList<>();
        if (given == null) {
            return references;
        }
        if (given.size() > Limits.PITCH_REFERENCES) {
            problems.add("references", Text.of(Limits.PITCH_REFERENCES + " references at most (got " + given.size() + ")",
                    Limits.PITCH_REFERENCES + " références au plus (" + given.size() + " reçues)"));
            return references;
        }
        for (int i = 0; i < given.size(); i++) {
            String reference = given.get(i);
            if (reference == null || reference.isBlank()) {
                problems.add("references[" + i + "]", Problems.EMPTY);
            } else {
                String text = problems.multilineText("references[" + i + "]", reference, Limits.PITCH_REFERENCE);
                if (text != null) {
                    references.add(text);
                }
            }
        }
        return references;
    }
}
