package fr.openmap.validation;

/**
 * Every bound on input, in one place. Text lengths are the sizes of the columns that store the
 * text (db/migration V1..V5), so that a value that passes validation always fits; numbers are
 * bounded so that no arithmetic on them can overflow and no loop over them can run away.
 */
public final class Limits {

    private Limits() {
    }

    // ---- texts: characters, as the columns (V1 events, programme_items, buyers, structures; V5 pitch_*) ----
    /** events.slug */
    public static final int SLUG = 100;
    /** events.title, programme_items.title */
    public static final int TITLE = 500;
    /** events.theme, events.venue, buyers.organization/service, structures.name/sector, pitch_calls.coaching_place */
    public static final int LONG_TEXT = 500;
    /** buyers/structures.contact_name, pitch_reviews.reviewer */
    public static final int PERSON_NAME = 255;
    /** buyers/structures.email */
    public static final int EMAIL = 320;
    /** events.timezone */
    public static final int TIMEZONE = 64;
    /** buyers.table_label, scheduled_meetings.table_label */
    public static final int TABLE_LABEL = 64;
    /** buyer_interests.interest */
    public static final int INTEREST = 255;
    /** pitch_criteria.name, pitch_review_scores.criterion */
    public static final int CRITERION = 64;
    /** pitch_applications.presentation/offer/social_impact */
    public static final int PITCH_TEXT = 5000;
    /** pitch_application_references.reference_text */
    public static final int PITCH_REFERENCE = 1000;
    /** pitch_audit.reason is 2000: the service adds its own words (rank, median, who) around the organizer's reason. */
    public static final int REASON = 1000;
    /** buyers.needs, structures.offer: the short text a participant writes about what they look for or offer */
    public static final int OFFER = 1000;
    /** meeting_requests.message/answer_message: a few words with a request or its answer (V18) */
    public static final int REQUEST_MESSAGE = 1000;
    /** A ref: the only characters allowed in a participant's ref (it appears in URLs and file names). */
    public static final String REF_PATTERN = "[A-Za-z0-9_-]{1,32}";
    public static final int REF = 32;
    /** Any other string the API reads (a query parameter, a value only looked up): nothing longer is meaningful. */
    public static final int LOOKUP = 100;

    // ---- how many items a list may hold ----
    public static final int PROGRAMME_ITEMS = 50;
    /** events.registration_max_structures */
    public static final int MAX_STRUCTURES = 5000;
    public static final int WINDOWS = 50;
    public static final int INTERESTS = 50;
    public static final int PITCH_REFERENCES = 20;
    public static final int CRITERIA = 10;
    public static final int TIE_BREAK = 1000;
    /** Rows of a participants' spreadsheet (besides its header), and its columns. */
    public static final int SPREADSHEET_ROWS = 5000;
    public static final int SPREADSHEET_COLUMNS = 100;

    // ---- numbers ----
    public static final int SLOT_MINUTES_MIN = 1;
    public static final int SLOT_MINUTES_MAX = 240;
    public static final int CHANGEOVER_MINUTES_MAX = 240;
    public static final int REPRESENTATIVES_MIN = 1;
    public static final int REPRESENTATIVES_MAX = 20;
    /** maxMeetings: more than a day of 5-minute slots is no limit at all. */
    public static final int MAX_MEETINGS_MAX = 300;
    public static final int PRIORITY_MIN = 1;
    public static final int PRIORITY_MAX = 3;
    /** An event's limit of requests awaiting an answer per participant (events.max_pending_requests). */
    public static final int MAX_PENDING_REQUESTS = 500;
    public static final int TABLES_MIN = 1;
    public static final int TABLES_MAX = 2000;
    public static final int PITCH_PLACES_MAX = 100;
    public static final int PITCH_RANK_MAX = 100_000;
    public static final int WAITLIST_MAX = 50;
    public static final int SCORE_MIN = 1;
    public static final int SCORE_MAX = 5;
    public static final int CRITERION_WEIGHT_MAX = 100;

    // ---- dates: every date and date-time the service reads ----
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
}
