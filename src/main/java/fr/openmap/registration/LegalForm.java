package fr.openmap.registration;

import fr.openmap.i18n.Text;

/** Legal forms of ESS structures accepted in the event file, each with its name in words for people. */
public enum LegalForm {
    EI("Work integration enterprise (EI)", "Entreprise d'insertion (EI)", Family.SIAE),
    ETTI("Temporary work integration agency (ETTI)", "Entreprise de travail temporaire d'insertion (ETTI)", Family.SIAE),
    ACI("Integration workshop (ACI)", "Atelier et chantier d'insertion (ACI)", Family.SIAE),
    AI("Intermediary association (AI)", "Association intermédiaire (AI)", Family.SIAE),
    EA("Adapted enterprise (EA)", "Entreprise adaptée (EA)", Family.DISABILITY),
    ESAT("Sheltered work establishment (ESAT)", "Établissement et service d'aide par le travail (ESAT)", Family.DISABILITY),
    SCOP("Worker cooperative (SCOP)", "Société coopérative et participative (SCOP)", Family.OTHER_ESS),
    SCIC("Collective-interest cooperative (SCIC)", "Société coopérative d'intérêt collectif (SCIC)", Family.OTHER_ESS),
    ASSOCIATION("Association", "Association", Family.OTHER_ESS),
    ESUS("Solidarity enterprise of social utility (ESUS)", "Entreprise solidaire d'utilité sociale (ESUS)", Family.OTHER_ESS),
    OTHER("Other social economy structure", "Autre structure de l'ESS", Family.OTHER_ESS);

    /** The families buyers look for: work integration (SIAE), disability (EA, ESAT), the rest of the ESS. */
    public enum Family {
        SIAE("Work integration (SIAE: EI, ETTI, ACI, AI)", "Insertion par l'activité économique (SIAE : EI, ETTI, ACI, AI)"),
        DISABILITY("Disability (EA, ESAT)", "Handicap (EA, ESAT)"),
        OTHER_ESS("Other social economy (SCOP, SCIC, associations…)", "Autres structures de l'ESS (SCOP, SCIC, associations…)");

        private final Text label;

        Family(String english, String french) {
            this.label = Text.of(english, french);
        }

        public Text label() {
            return label;
        }
    }

    private final Text label;
    private final Family family;

    LegalForm(String english, String french, Family family) {
        this.label = Text.of(english, french);
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** "Entreprise d'insertion (EI)": how a page names the form. */
    public Text label() {
        return label;
    }
}
