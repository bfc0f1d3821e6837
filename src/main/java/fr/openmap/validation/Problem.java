package fr.openmap.validation;

/** One thing wrong with some input: where it is ({@code $.buyers[2].email}, {@code email}) and what is wrong. */
public record Problem(String location, String message) {
}
