package fr.openmap.validation;

import fr.openmap.i18n.Text;

import java.util.List;

/** Input refused as a whole; carries every problem found, so the user can fix them all at once. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String location, Text text) {
        return new InvalidInputException(List.of(new Problem(location, text)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
