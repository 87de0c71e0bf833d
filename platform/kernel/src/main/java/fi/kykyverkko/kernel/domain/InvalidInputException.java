package fi.kykyverkko.kernel.domain;

import java.util.stream.Collectors;

/** Input that breaks a rule; carries every problem found, not only the first. */
public class InvalidInputException extends RuntimeException {

    private final transient Problems problems;

    public InvalidInputException(Problems problems) {
        super(problems.list().stream().map(p -> p.field() + ": " + p.key()).collect(Collectors.joining(", ")));
        this.problems = problems;
    }

    public Problems problems() {
        return problems;
    }
}
