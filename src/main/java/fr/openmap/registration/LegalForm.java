package fr.openmap.registration;

/** Legal forms of ESS structures accepted in the event file. */
public enum LegalForm {
    EI, ETTI, ACI, AI, EA, ESAT, SCOP, SCIC, ASSOCIATION, ESUS, OTHER
}
