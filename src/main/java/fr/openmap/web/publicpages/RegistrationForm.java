package fr.openmap.web.publicpages;

import fr.openmap.registration.BuyerInput;
import fr.openmap.registration.StructureInput;
import fr.openmap.registration.WindowInput;
import fr.openmap.validation.Problems;
import fr.openmap.validation.Problem;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registration form as typed (texts, so that a refused form comes back as it was), for a buyer or a
 * structure; its field names are the event file's. It becomes the registration's own input record.
 */
public record RegistrationForm(String organization, String service, String interests, String needs, String name,
                               String legalForm, String siret, String department, String sector, String offer,
                               String representatives, String contactName, String email, String maxMeetings,
                               String unavailable) {

    public static final Set<String> BUYER_FIELDS = Set.of("organization", "service", "contactName", "email", "interests",
            "needs", "maxMeetings", "unavailable");
    public static final Set<String> STRUCTURE_FIELDS = Set.of("name", "legalForm", "siret", "department", "sector", "offer",
            "representatives", "contactName", "email", "maxMeetings", "unavailable");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern LIST = Pattern.compile("\\s*[,;\\n]\\s*");

    static final RegistrationForm BLANK = new RegistrationForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "");

    /** The buyer as the registration reads it; what cannot even be read as a window is told to {@code typing}. */
    public BuyerInput buyer(Problems typing) {
        return new BuyerInput(null, organization, service, contactName, email, list(interests), windows(typing),
                number(maxMeetings), null, null, needs, null, null);
    }

    public StructureInput structure(Problems typing) {
        return new StructureInput(null, name, blankToNull(legalForm), siret, department, sector, contactName, email,
                number(representatives), windows(typing), number(maxMeetings), null, null, offer, null, null);
    }

    private List<WindowInput> windows(Problems typing) {
        List<String> items = list(unavailable);
        return items == null ? null : WindowInput.typed(items, why -> typing.add("unavailable", why));
    }

    /** A problem of one interest ({@code interests[2]}) or window ({@code unavailable[0].end}) belongs to its field. */
    public static List<Problem> onFields(List<Problem> problems) {
        return problems.stream().map(p -> {
            int bracket = p.location().indexOf('[');
            return bracket < 0 ? p : new Problem(p.location().substring(0, bracket), p.text());
        }).toList();
    }

    private static List<String> list(String typed) {
        return typed == null || typed.isBlank() ? null
                : Arrays.stream(LIST.split(typed.strip())).filter(s -> !s.isBlank()).toList();
    }

    /** Something typed that is no whole number must not read as "not given": -1 is out of range, and the rules say so. */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return WHOLE_NUMBER.matcher(typed.strip()).matches() ? Integer.valueOf(typed.strip()) : Integer.valueOf(-1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
