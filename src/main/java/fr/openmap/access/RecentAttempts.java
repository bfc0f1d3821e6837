package fr.openmap.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts per key (a client address, an email address) within a sliding window, in memory: once
 * {@code max} attempts fall within the window, the key must wait until the oldest of them leaves it.
 * The sign-in and the public forms' throttles count with it.
 */
final class RecentAttempts {

    private static final int FORGET_ABOVE_KEYS = 10_000;

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    RecentAttempts(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    /** How long this key must wait before trying again, if it must. */
    Optional<Duration> waitFor(String key, Instant now) {
        Deque<Instant> recent = attempts.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            forgetOlderThanWindow(recent, now);
            if (recent.size() < max) {
                return Optional.empty();
            }
            Duration wait = Duration.between(now, recent.peekFirst().plus(window));
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        }
    }

    int count(String key) {
        Deque<Instant> recent = attempts.get(key);
        return recent == null ? 0 : recent.size();
    }

    void add(String key, Instant now) {
        Deque<Instant> recent = attempts.computeIfAbsent(key, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOlderThanWindow(recent, now);
            recent.addLast(now);
        }
        if (attempts.size() > FORGET_ABOVE_KEYS) {
            attempts.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetOlderThanWindow(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    void clear(String key) {
        attempts.remove(key);
    }

    private void forgetOlderThanWindow(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(window).isAfter(now)) {
            recent.removeFirst();
        }
    }
}
