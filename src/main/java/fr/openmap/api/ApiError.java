package fr.openmap.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.openmap.validation.Problem;

import java.util.List;

/** The body of every error answer: the status, a readable message and, for bad input, every problem. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, List<Problem> problems) {

    public static ApiError of(int status, String error) {
        return new ApiError(status, error, List.of());
    }
}
