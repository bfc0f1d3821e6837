package fr.openmap.requests;

/** The answer of the one asked for a meeting. */
public enum RequestStatus {
    PENDING, ACCEPTED, DECLINED
}
