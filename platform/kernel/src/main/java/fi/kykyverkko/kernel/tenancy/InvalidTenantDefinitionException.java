package fi.kykyverkko.kernel.tenancy;

import java.util.List;
import java.util.stream.Collectors;

/** A tenant definition that cannot be applied; carries every problem found, not just the first. */
public class InvalidTenantDefinitionException extends Exception {

    private final transient List<DefinitionProblem> problems;

    public InvalidTenantDefinitionException(List<DefinitionProblem> problems) {
        super(problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
