package fr.openmap.registration;

import fr.openmap.i18n.Text;

/** Legal forms of ESS structures accepted in the event file, each with its name in words for people. */
public enum LegalForm {
    EI("Work integration enterprise (EI)", "Entreprise d'insertion (EI)"),
    ETTI("Temporary work integration agency (ETTI)", "Entreprise de travail temporaire d'insertion (ETTI)"),
    ACI("Integration workshop (ACI)", "Atelier et chantier d'insertion (ACI)"),
    AI("Intermediary association (AI)", "Association intermédiaire (AI)"),
    EA("Adapted enterprise (EA)", "Entreprise adaptée (EA)"),
    ESAT("Sheltered work establishment (ESAT)", "Établissement et service d'aide par le travail (ESAT)"),
    SCOP("Worker cooperative (SCOP)", "Société coopérative et participative (SCOP)"),
    SCIC("Collective-interest cooperative (SCIC)", "Société coopérative d'intérêt collectif (SCIC)"),
    ASSOCIATION("Association", "Association"),
    ESUS("Solidarity enterprise of social utility (ESUS)", "Entreprise solidaire d'utilité sociale (ESUS)"),
    OTHER("Other social economy structure", "Autre structure de l'ESS");

    private final Text label;

    LegalForm(String english, String french) {
        this.label = Text.of(english, french);
    }

    /** "Entreprise d'insertion (EI)": how a page names the form. */
    public Text label() {
        return label;
    }
}
