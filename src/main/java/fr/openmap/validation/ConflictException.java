package fr.openmap.validation;

/** The request clashes with the current state (a slug already taken, a slot already busy): HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
