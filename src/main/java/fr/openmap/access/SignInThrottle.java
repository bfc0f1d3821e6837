package fr.openmap.access;

import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** How long this address must wait before trying again, if it must. */
    public Optional<Duration> waitFor(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOlderThanWindow(recent, now);
            if (recent.size() < MAX_FAILURES) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.peekFirst().plus(WINDOW));
            LOG.warnf("organizer sign-in refused for %s: %d failures within a minute", address, recent.size());
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    public void failed(String address) {
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOlderThanWindow(recent, now);
            recent.addLast(now);
        }
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetOlderThanWindow(e.getValue(), clock.instant());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    public void succeeded(String address) {
        failures.remove(address);
    }

    private static void forgetOlderThanWindow(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
