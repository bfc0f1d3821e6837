package fr.openmap.spreadsheet;

import fr.openmap.i18n.Text;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a participants' spreadsheet may have, for each kind: the {@code openmap-event/1} field, the
 * French header written on export, and the headers (French or English) recognised on import.
 */
public final class Columns {

    /**
     * One column: {@code field} as in the event file ({@code pitchStatus}/{@code pitchRank} stand for
     * {@code pitch.status}/{@code pitch.rank}), {@code header} as exported, {@code required} for the registration.
     */
    public record Column(String field, String header, boolean required, Set<String> aliases) {

        /** Whether a header written in a file names this column (accents, case, spaces and punctuation ignored). */
        boolean matches(String written) {
            String key = key(written);
            return key.equals(key(field)) || key.equals(key(header)) || aliases.contains(key);
        }

        /** The field as a person reads it: the exported header in French, its English words in English. */
        public Text label() {
            return Text.of(ENGLISH.getOrDefault(field, field), header);
        }
    }

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("ref", "Ref"), Map.entry("contactName", "Contact"), Map.entry("email", "Email"),
            Map.entry("unavailable", "Unavailable"), Map.entry("maxMeetings", "Max meetings"),
            Map.entry("language", "Language"), Map.entry("organization", "Organization"),
            Map.entry("service", "Service"), Map.entry("interests", "Interests"), Map.entry("table", "Table"),
            Map.entry("name", "Name"), Map.entry("legalForm", "Legal form"), Map.entry("siret", "SIRET"),
            Map.entry("department", "Département"), Map.entry("sector", "Sector"),
            Map.entry("representatives", "Representatives"), Map.entry("pitchStatus", "Pitch"),
            Map.entry("pitchRank", "Pitch rank"));

    private static final Column REF = new Column("ref", "Réf", false,
            Set.of("ref", "reference", "id", "identifiant", "code"));
    private static final Column CONTACT = new Column("contactName", "Contact", true,
            Set.of("contact", "nomducontact", "contactname", "interlocuteur", "personneacontacter", "referent",
                    "nometprenom", "prenometnom", "nomprenom", "prenomnom"));
    private static final Column EMAIL = new Column("email", "Courriel", true,
            Set.of("courriel", "email", "mail", "adressemail", "adresseemail", "adressecourriel",
                    "adresseelectronique", "emailaddress", "courrielducontact", "emailducontact"));
    private static final Column UNAVAILABLE = new Column("unavailable", "Indisponibilités", false,
            Set.of("indisponibilites", "indisponibilite", "indisponible", "unavailable", "unavailability", "absences"));
    private static final Column MAX_MEETINGS = new Column("maxMeetings", "Rendez-vous max", false,
            Set.of("rendezvousmax", "maxrendezvous", "rdvmax", "nombremaxderendezvous", "nombremaximumderendezvous",
                    "maxmeetings", "maximummeetings"));
    private static final Column LANGUAGE = new Column("language", "Langue", false,
            Set.of("langue", "language", "lang"));

    private static final List<Column> BUYERS = List.of(
            REF,
            new Column("organization", "Organisme", true,
                    Set.of("organisme", "organisation", "organization", "acheteur", "acheteurpublic", "collectivite",
                            "entite", "buyer", "nomdelorganisme", "organismeacheteur")),
            new Column("service", "Service", false, Set.of("service", "direction", "serviceacheteur")),
            CONTACT,
            EMAIL,
            new Column("interests", "Intérêts", false,
                    Set.of("interets", "interet", "centresdinteret", "centresdinterets", "interests", "besoins",
                            "thematiques", "themes")),
            UNAVAILABLE,
            MAX_MEETINGS,
            new Column("table", "Table", false, Set.of("table", "numerodetable", "tablenumber")),
            LANGUAGE);

    private static final List<Column> STRUCTURES = List.of(
            REF,
            new Column("name", "Nom", true,
                    Set.of("nom", "raisonsociale", "denomination", "nomdelastructure", "structure", "name",
                            "companyname", "entreprise", "nomstructure")),
            new Column("legalForm", "Forme juridique", true,
                    Set.of("formejuridique", "legalform", "statutjuridique", "typedestructure", "statut")),
            new Column("siret", "SIRET", true, Set.of("siret", "numerosiret", "nsiret", "nosiret", "siretnumber")),
            new Column("department", "Département", true,
                    Set.of("departement", "dept", "dep", "department", "numerodedepartement")),
            new Column("sector", "Secteur", false,
                    Set.of("secteur", "secteurdactivite", "activite", "sector", "domaine", "domainedactivite")),
            CONTACT,
            EMAIL,
            new Column("representatives", "Représentants", false,
                    Set.of("representants", "nombrederepresentants", "nbderepresentants", "representatives")),
            UNAVAILABLE,
            MAX_MEETINGS,
            new Column("pitchStatus", "Pitch", false, Set.of("pitch", "statutpitch", "statutdupitch", "pitchstatus")),
            new Column("pitchRank", "Rang pitch", false, Set.of("rangpitch", "rangdupitch", "rang", "pitchrank", "rank")),
            LANGUAGE);

    private Columns() {
    }

    /** The columns of a kind, in the order they are exported. */
    public static List<Column> of(Kind kind) {
        return kind == Kind.BUYERS ? BUYERS : STRUCTURES;
    }

    /** The column of this field, if the kind has one. */
    public static Optional<Column> field(Kind kind, String field) {
        return of(kind).stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** A header reduced to what identifies it: no accents, lower case, letters and digits only. */
    static String key(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
