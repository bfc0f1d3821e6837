package fr.openmap.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox dispatcher and of the links put in emails ({@code openmap.mail.*}). */
@ConfigMapping(prefix = "openmap.mail")
public interface MailConfig {

    /** How often the dispatcher looks for messages to send ("5s"; "off" disables the schedule). */
    @WithDefault("5s")
    String dispatchEvery();

    /** Whether a business change that wrote outbox rows wakes the dispatcher right after its commit. */
    @WithDefault("true")
    boolean dispatchAfterCommit();

    /** Attempts before a message is given up as FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each further failure. */
    @WithDefault("30s")
    Duration retryInitial();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration retryMax();

    /** How long a stopping service waits for the message being handed to the SMTP server. */
    @WithDefault("30s")
    Duration shutdownGrace();
}
