package fr.openmap.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.openmap.i18n.Language;
import fr.openmap.i18n.Text;
import fr.openmap.validation.Problem;

import java.util.List;

/**
 * The body of every error answer: the status, a readable message and, for bad input, every problem,
 * written in one language (the caller's, see {@link ErrorMappers}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, List<Item> problems) {

    /** One problem as the API shows it. */
    public record Item(String location, String message) {
    }

    public static ApiError of(int status, Text error, Language language) {
        return new ApiError(status, error.in(language), List.of());
    }

    public static ApiError of(int status, Text error, List<Problem> problems, Language language) {
        return new ApiError(status, error.in(language),
                problems.stream().map(p -> new Item(p.location(), p.message(language))).toList());
    }
}
