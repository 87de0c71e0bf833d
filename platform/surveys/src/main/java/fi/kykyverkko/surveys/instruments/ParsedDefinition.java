package fi.kykyverkko.surveys.instruments;

import java.util.List;
import java.util.Optional;

/** What reading a definition gave: the definition when there were no problems, else every problem found. */
public record ParsedDefinition(Optional<InstrumentDefinition> definition, List<DefinitionProblem> problems) {

    public ParsedDefinition {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
