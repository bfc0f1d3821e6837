package fr.openmap.access;

/**
 * The roles a caller can hold. Every REST resource method and page declares the roles it admits
 * with {@code @RolesAllowed} (or {@code @PermitAll}); what belongs to whom is then decided by {@link Caller}.
 */
public final class Roles {

    /** Signed in with an organizer account: may do everything. */
    public static final String ORGANIZER = "organizer";
    /** A public buyer, by their personal token or personal-page session. */
    public static final String BUYER = "buyer";
    /** An ESS structure, by their personal token or personal-page session. */
    public static final String STRUCTURE = "structure";
    /** Reserved for the pitch committee's members (review pages). */
    public static final String REVIEWER = "reviewer";
    /** Reserved for the welcome desk on the day. */
    public static final String STAFF = "staff";

    private Roles() {
    }
}
