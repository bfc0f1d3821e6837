package fr.openmap.registration;

import fr.openmap.event.TimeWindow;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.Limits;
import fr.openmap.validation.Problems;
import fr.openmap.validation.Written;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The field rules of a buyer and of a structure, one home for the registration API, the event file and
 * every later form: raw input in, validated data out, every problem collected with its location. The
 * inverse ({@link #input(BuyerData, LocalDate)}) writes data back in the same shape.
 */
public final class ParticipantFields {

    private final Problems problems;

    /** Checks fields into {@code problems}, shared with the caller (the event file validator checks more). */
    public ParticipantFields(Problems problems) {
        this.problems = problems;
    }

    /** The fields of a buyer entered through a form, located by plain field names; the ref is only checked. */
    public static BuyerData validBuyer(BuyerInput buyer, LocalDate eventDate) {
        return valid(buyer, BuyerInput::ref, (fields, input) -> fields.buyer("", input, eventDate));
    }

    /** The fields of a structure entered through a form; see {@link #validBuyer}. */
    public static StructureData validStructure(StructureInput structure, LocalDate eventDate) {
        return valid(structure, StructureInput::ref, (fields, input) -> fields.structure("", input, eventDate));
    }

    /**
     * One form's fields checked, or every problem thrown. A ref in the body is checked with the other fields;
     * the registration decides what it means.
     */
    private static <I, D> D valid(I input, Function<I, String> ref, BiFunction<ParticipantFields, I, D> check) {
        if (input == null) {
            throw InvalidInputException.of("body", Problems.REQUIRED);
        }
        Problems problems = new Problems();
        String given = ref.apply(input);
        if (given != null && !given.isBlank()) {
            problems.ref("ref", given);
        }
        D data = check.apply(new ParticipantFields(problems), input);
        problems.throwIfAny();
        return data;
    }

    /**
     * Checks one buyer's fields (not its ref). {@code at} prefixes locations: {@code $.buyers[2]}
     * in a file, empty for a registration form, where locations are plain field names.
     */
    public BuyerData buyer(String at, BuyerInput b, LocalDate eventDate) {
        String organization = problems.requiredText(field(at, "organization"), b.organization(), Limits.LONG_TEXT);
        String service = problems.optionalText(field(at, "service"), b.service(), Limits.LONG_TEXT);
        String contact = problems.requiredText(field(at, "contactName"), b.contactName(), Limits.PERSON_NAME);
        String email = problems.email(field(at, "email"), b.email());
        List<String> interests = interests(field(at, "interests"), b.interests());
        List<TimeWindow> unavailable = windows(field(at, "unavailable"), b.unavailable(), eventDate);
        Integer maxMeetings = problems.optionalBetween(field(at, "maxMeetings"), b.maxMeetings(), 0, Limits.MAX_MEETINGS_MAX);
        String table = problems.optionalText(field(at, "table"), b.table(), Limits.TABLE_LABEL);
        String language = language(field(at, "language"), b.language());
        String needs = problems.optionalMultilineText(field(at, "needs"), b.needs(), Limits.OFFER);
        Approval approval = approval(at, b.approval());
        String reason = problems.optionalText(field(at, "refusalReason"), b.refusalReason(), Limits.REASON);
        return new BuyerData(b.ref(), organization, service, contact, email, interests, unavailable, maxMeetings, table,
                language, needs, approval, reason);
    }

    /** Checks one structure's fields (not its ref); see {@link #buyer}. */
    public StructureData structure(String at, StructureInput s, LocalDate eventDate) {
        String name = problems.requiredText(field(at, "name"), s.name(), Limits.LONG_TEXT);
        LegalForm legalForm = problems.enumValue(field(at, "legalForm"), s.legalForm(), LegalForm.class);
        String siret = problems.siret(field(at, "siret"), s.siret());
        String department = problems.department(field(at, "department"), s.department());
        String sector = problems.optionalText(field(at, "sector"), s.sector(), Limits.LONG_TEXT);
        String contact = problems.requiredText(field(at, "contactName"), s.contactName(), Limits.PERSON_NAME);
        String email = problems.email(field(at, "email"), s.email());
        Integer representatives = problems.optionalBetween(field(at, "representatives"), s.representatives(),
                Limits.REPRESENTATIVES_MIN, Limits.REPRESENTATIVES_MAX);
        List<TimeWindow> unavailable = windows(field(at, "unavailable"), s.unavailable(), eventDate);
        Integer maxMeetings = problems.optionalBetween(field(at, "maxMeetings"), s.maxMeetings(), 0, Limits.MAX_MEETINGS_MAX);
        PitchInfo pitch = null;
        if (s.pitch() != null) {
            PitchStatus status = problems.enumValue(field(at, "pitch.status"), s.pitch().status(), PitchStatus.class);
            Integer rank = problems.optionalBetween(field(at, "pitch.rank"), s.pitch().rank(), 1, Limits.PITCH_RANK_MAX);
            pitch = new PitchInfo(status, rank);
        }
        String language = language(field(at, "language"), s.language());
        String offer = problems.optionalMultilineText(field(at, "offer"), s.offer(), Limits.OFFER);
        Approval approval = approval(at, s.approval());
        String reason = problems.optionalText(field(at, "refusalReason"), s.refusalReason(), Limits.REASON);
        return new StructureData(s.ref(), name, legalForm, siret, department, sector, contact, email,
                representatives == null ? 1 : representatives, unavailable, maxMeetings, pitch, language, offer,
                approval, reason);
    }

    /** A buyer's data written back as input: what the API answers and the event file holds. */
    public static BuyerInput input(BuyerData b, LocalDate day) {
        return new BuyerInput(b.ref(), b.organization(), b.service(), b.contactName(), b.email(),
                b.interests(), windows(b.unavailable(), day), b.maxMeetings(), b.table(), languageUnlessDefault(b.language()),
                b.needs(), approvalUnlessDefault(b.approval()), b.refusalReason());
    }

    /** A structure's data written back as input; see {@link #input(BuyerData, LocalDate)}. */
    public static StructureInput input(StructureData s, LocalDate day) {
        return new StructureInput(s.ref(), s.name(), s.legalForm().name(), s.siret(), s.department(),
                s.sector(), s.contactName(), s.email(), s.representatives(), windows(s.unavailable(), day),
                s.maxMeetings(), s.pitch() == null ? null
                : new StructureInput.PitchInput(s.pitch().status() == null ? null : s.pitch().status().name(), s.pitch().rank()),
                languageUnlessDefault(s.language()), s.offer(), approvalUnlessDefault(s.approval()), s.refusalReason());
    }

    /** Approved is the default: only a registration waiting or refused is written. */
    private static String approvalUnlessDefault(Approval approval) {
        return approval == null || approval == Approval.APPROVED ? null : approval.name();
    }

    private Approval approval(String at, String value) {
        return value == null ? null : problems.enumValue(field(at, "approval"), value, Approval.class);
    }

    /** French is the default: only another language is written, so files without languages export unchanged. */
    private static String languageUnlessDefault(String language) {
        return language == null || Language.DEFAULT.code.equals(language) ? null : language;
    }

    private static List<WindowInput> windows(List<TimeWindow> windows, LocalDate day) {
        return windows.stream()
                .map(w -> new WindowInput(Written.time(w.start()), Written.time(w.end()), Written.dateUnlessEventDay(w.date(), day)))
                .toList();
    }

    /** An optional language: "fr" or "en" exactly; null when not given. */
    private String language(String location, String value) {
        if (value == null) {
            return null;
        }
        if (!Language.known(value)) {
            problems.add(location, Text.of("unknown language '" + Problems.shown(value) + "': expected \"fr\" or \"en\"",
                    "langue inconnue « " + Problems.shown(value) + " » : « fr » ou « en » attendu"));
            return null;
        }
        return value;
    }

    private static String field(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    private List<TimeWindow> windows(String at, List<WindowInput> list, LocalDate eventDate) {
        List<TimeWindow> windows = new ArrayList<>();
        if (list == null) {
            return windows;
        }
        if (list.size() > Limits.WINDOWS) {
            problems.add(at, Text.of("has " + list.size() + " windows: " + Limits.WINDOWS + " at most",
                    "compte " + list.size() + " plages : " + Limits.WINDOWS + " au plus"));
            return windows;
        }
        for (int i = 0; i < list.size(); i++) {
            String w = at + "[" + i + "]";
            WindowInput window = list.get(i);
            if (window == null) {
                problems.add(w, Problems.EMPTY);
                continue;
            }
            LocalDate date = window.date() == null ? eventDate : problems.date(w + ".date", window.date());
            LocalTime start = problems.time(w + ".start", window.start());
            LocalTime end = problems.time(w + ".end", window.end());
            problems.endAfterStart(w + ".end", start, end);
            if (date != null && start != null && end != null && end.isAfter(start)) {
                windows.add(new TimeWindow(date, start, end));
            }
        }
        return List.copyOf(windows);
    }

    private List<String> interests(String at, List<String> list) {
        if (list == null) {
            return List.of();
        }
        if (list.size() > Limits.INTERESTS) {
            problems.add(at, Text.of("has " + list.size() + " interests: " + Limits.INTERESTS + " at most",
                    "compte " + list.size() + " centres d'intérêt : " + Limits.INTERESTS + " au plus"));
            return List.of();
        }
        List<String> interests = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String interest = problems.requiredText(at + "[" + i + "]", list.get(i), Limits.INTEREST);
            if (interest != null) {
                interests.add(interest);
            }
        }
        return List.copyOf(interests);
    }
}
