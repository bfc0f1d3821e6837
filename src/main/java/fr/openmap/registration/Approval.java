package fr.openmap.registration;

/**
 * Whether the organizer let a participant in: only {@code APPROVED} participants are planned and sent
 * agendas. Registrations through the public pages of an event with approval start {@code PENDING}.
 */
public enum Approval {
    APPROVED, PENDING, REFUSED
}
