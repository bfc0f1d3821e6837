package fr.openmap.access;

import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down the public forms (self-registration, lost link), like {@link SignInThrottle} the sign-in:
 * at most {@value #POSTS_PER_ADDRESS} posts a minute from one client address, after which that address
 * waits until the oldest is a minute old; and at most {@value #LINKS_PER_EMAIL} lost-link emails an hour to
 * one email address, whoever asks (more requests get the same answer page, and no email). In memory.
 */
@Singleton
public class PublicFormThrottle {

    static final int POSTS_PER_ADDRESS = 10;
    static final int LINKS_PER_EMAIL = 3;
    private static final Logger LOG = Logger.getLogger(PublicFormThrottle.class);

    private final RecentAttempts posts = new RecentAttempts(POSTS_PER_ADDRESS, Duration.ofMinutes(1));
    private final RecentAttempts links = new RecentAttempts(LINKS_PER_EMAIL, Duration.ofHours(1));
    Clock clock = Clock.systemUTC();

    /** Counts one post of a public form from this address; how long to wait instead, if the address must. */
    public Optional<Duration> post(String address) {
        Optional<Duration> wait = posts.waitFor(address, clock.instant());
        if (wait.isPresent()) {
            LOG.warnf("public form refused for %s: %d posts within a minute", address, posts.count(address));
            return wait;
        }
        posts.add(address, clock.instant());
        return Optional.empty();
    }

    /** Counts one lost-link request for this email address; false when it got enough of them this hour. */
    public boolean mayMailLink(String email) {
        String key = email.strip().toLowerCase(Locale.ROOT);
        if (links.waitFor(key, clock.instant()).isPresent()) {
            LOG.warnf("lost-link email not sent: %d asked within an hour for one address", links.count(key));
            return false;
        }
        links.add(key, clock.instant());
        return true;
    }

    /** Forgets an address's posts and an email's requests (tests start from nothing). */
    public void forget(String key) {
        posts.clear(key);
        links.clear(key.strip().toLowerCase(Locale.ROOT));
    }
}
