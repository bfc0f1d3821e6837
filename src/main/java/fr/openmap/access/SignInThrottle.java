package fr.openmap.access;

import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed organizer sign-ins within a
 * minute from one client address, that address may not try again until the oldest of those
 * failures is a minute old. Kept in memory: a restart forgets it, which costs a guesser nothing
 * they could not get by waiting a minute.
 */
@Singleton
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class);

    private final RecentAttempts failures = new RecentAttempts(MAX_FAILURES, WINDOW);
    Clock clock = Clock.systemUTC();

    /** How long this address must wait before trying again, if it must. */
    public Optional<Duration> waitFor(String address) {
        Optional<Duration> wait = failures.waitFor(address, clock.instant());
        wait.ifPresent(w -> LOG.warnf("organizer sign-in refused for %s: %d failures within a minute", address,
                failures.count(address)));
        return wait;
    }

    public void failed(String address) {
        failures.add(address, clock.instant());
    }

    public void succeeded(String address) {
        failures.clear(address);
    }
}
