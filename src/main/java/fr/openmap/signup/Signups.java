package fr.openmap.signup;

import fr.openmap.event.Event;
import fr.openmap.event.RegistrationSettings;
import fr.openmap.i18n.Language;
import fr.openmap.outbox.Outbox;
import fr.openmap.pitch.PitchCall;
import fr.openmap.registration.Approval;

import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.Participant;
import fr.openmap.registration.RegistrationService;
import fr.openmap.registration.RegistrationService.SelfRegistered;
import fr.openmap.registration.StructureInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Self-registration with its emails, for the public pages and the API alike: the registration's rules are
 * {@link RegistrationService}'s; this writes, in the same transaction, the email that follows through the
 * outbox: the personal link to a newcomer, a "your link" email to someone already registered (the page says
 * the same either way), and the organizer's decision on a registration waiting for approval.
 */
@ApplicationScoped
public class Signups {

    /** The organizer's refusal of a registration, as the API reads it. */
    public record Refusal(String reason) {
    }

    @Inject
    RegistrationService registrations;
    @Inject
    SignupMails mails;
    @Inject
    Outbox outbox;

    /** The public view of the event with this slug; 404 when there is none. */
    @Transactional
    public PublicEvent publicEvent(String slug) {
        Event event = Event.findBySlug(slug).orElseThrow(() -> RegistrationService.noEventCalled(slug));
        ZoneId zone = ZoneId.of(event.timezone);
        Instant now = Instant.now();
        RegistrationSettings settings = event.registration();
        Optional<PitchCall> call = PitchCall.forEvent(event);
        boolean pitchOpen = call.map(c -> c.isOpenAt(now) && !c.selectionMade()).orElse(false);
        boolean pitchLater = call.map(c -> now.isBefore(c.opensAt)).orElse(false);
        return new PublicEvent(event.slug, event.title, event.theme, event.venue, event.date, event.programmeData(),
                settings.phaseAt(now, event.date, zone), local(settings.opensAt(), zone),
                local(settings.closing(event.date, zone), zone), settings.approval(),
                RegistrationService.buyersFull(event), RegistrationService.structuresFull(event),
                pitchOpen, pitchLater, call.map(c -> local(c.opensAt, zone)).orElse(null), call.map(c -> local(c.closesAt, zone)).orElse(null),
                event.organizerName, event.organizerEmail);
    }

    private static LocalDateTime local(Instant moment, ZoneId zone) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, zone);
    }

    /** Registers a buyer (or finds them registered) and writes the email; {@code language}: the page's, unless the form gives one. */
    @Transactional
    public SelfRegistered registerBuyer(String slug, BuyerInput form, Language language) {
        BuyerInput withLanguage = form == null || form.language() != null ? form : new BuyerInput(form.ref(),
                form.organization(), form.service(), form.contactName(), form.email(), form.interests(),
                form.unavailable(), form.maxMeetings(), form.table(), language.code, form.needs(), null, null);
        return mailed(registrations.registerBuyer(slug, withLanguage));
    }

    /** Registers a structure (or finds it registered) and writes the email; see {@link #registerBuyer}. */
    @Transactional
    public SelfRegistered registerStructure(String slug, StructureInput form, Language language) {
        StructureInput withLanguage = form == null || form.language() != null ? form : new StructureInput(form.ref(),
                form.name(), form.legalForm(), form.siret(), form.department(), form.sector(), form.contactName(),
                form.email(), form.representatives(), form.unavailable(), form.maxMeetings(), null, language.code,
                form.offer(), null, null);
        return mailed(registrations.registerStructure(slug, withLanguage));
    }

    /** Sends the personal link to whoever is registered for the event with this address; nobody: nothing happens. */
    @Transactional
    public int lostLink(String slug, String email) {
        var found = registrations.registeredWith(slug, email);
        found.forEach(p -> send(SignupMails.YOUR_LINK, p));
        return found.size();
    }

    /** The organizer approves a registration; the participant is told once (approving again sends nothing). */
    @Transactional
    public Participant approve(long eventId, String ref) {
        boolean was = registrations.findParticipant(eventId, ref).approval == Approval.APPROVED;
        Participant participant = registrations.approve(eventId, ref);
        if (!was) {
            send(SignupMails.APPROVED, participant);
        }
        return participant;
    }

    /** The organizer refuses a registration with a reason, which the participant is told. */
    @Transactional
    public Participant refuse(long eventId, String ref, String reason) {
        Participant participant = registrations.refuse(eventId, ref, reason);
        send(SignupMails.REFUSED, participant);
        return participant;
    }

    private SelfRegistered mailed(SelfRegistered registered) {
        send(registered.isNew() ? SignupMails.REGISTERED : SignupMails.YOUR_LINK, registered.participant());
        return registered;
    }

    private void send(String kind, Participant participant) {
        outbox.enqueue(participant.event, Outbox.Recipient.of(participant), mails.compose(kind, participant));
    }
}
