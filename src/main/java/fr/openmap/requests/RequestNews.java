package fr.openmap.requests;

/**
 * Fired (synchronously, in the transaction that made it) when a request is asked or answered, for whoever tells
 * the other party ({@code digest}): the one asked learns of a new request, the one who asked of the answer.
 */
public record RequestNews(MeetingRequest request, What what) {

    /** What happened to the request. */
    public enum What { ASKED, ANSWERED }
}
