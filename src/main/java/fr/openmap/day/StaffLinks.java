package fr.openmap.day;

import fr.openmap.access.StaffSession;
import fr.openmap.event.EventService;
import fr.openmap.i18n.Text;
import fr.openmap.registration.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The welcome desk's link of an event (role staff), which opens that event's day pages only: created by the
 * organizer (a new one replaces the old), revoked by deleting it. The token derives from a stored salt, so the
 * organizer can see the link again; only its hash is looked up.
 */
@ApplicationScoped
public class StaffLinks {

    public static final Text INVALID_LINK = Text.of("This welcome-desk link is not valid (it may have been revoked or replaced).",
            "Ce lien d'accueil n'est pas valide (il a peut-être été révoqué ou remplacé).");

    @Inject
    EntityManager em;
    @Inject
    EventService events;
    @Inject
    AccessTokens tokens;
    @ConfigProperty(name = "openmap.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The link and when it was created. */
    public record StaffLink(String url, LocalDateTime createdAt) {
    }

    /** Creates the event's link, replacing (so revoking) any earlier one. */
    @Transactional
    public StaffLink create(long eventId) {
        events.require(eventId);
        revoke(eventId);
        String salt = AccessTokens.newSalt();
        em.createNativeQuery("insert into staff_links (event_id, token_salt, token_hash, created_at) values (:e, :s, :h, :t)")
                .setParameter("e", eventId).setParameter("s", salt)
                .setParameter("h", AccessTokens.hash(tokens.tokenFor(salt)))
                .setParameter("t", Timestamp.valueOf(LocalDateTime.now())).executeUpdate();
        return current(eventId).orElseThrow();
    }

    /** Revokes the event's link: whoever holds it loses the day pages at their next click. */
    @Transactional
    public void revoke(long eventId) {
        em.createNativeQuery("delete from staff_links where event_id = :e").setParameter("e", eventId).executeUpdate();
    }

    @Transactional
    public Optional<StaffLink> current(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select token_salt, created_at from staff_links where event_id = :e")
                .setParameter("e", eventId).getResultList();
        return rows.stream().findFirst().map(r -> new StaffLink(
                StaffSession.link(publicUrl, eventId, tokens.tokenFor((String) r[0])),
                r[1] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[1]));
    }

    /** Whether this token is the current link of this event. */
    @Transactional
    public boolean opens(String token, long eventId) {
        return !em.createNativeQuery("select event_id from staff_links where token_hash = :h and event_id = :e")
                .setParameter("h", AccessTokens.hash(token)).setParameter("e", eventId).getResultList().isEmpty();
    }
}
