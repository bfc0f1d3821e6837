package fr.openmap.registration;

/** A participant's personal access token, shown once when issued (only its hash is stored). */
public record IssuedToken(String ref, String kind, String token) {
}
