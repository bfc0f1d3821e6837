package fr.openmap.outbox;

/**
 * Fired (CDI event) by a transaction that wrote outbox rows; once it commits, the dispatcher is
 * woken up instead of waiting for its next scheduled run. Any feature writing outbox rows may fire it.
 */
public record OutboxWritten(long eventId) {
}
