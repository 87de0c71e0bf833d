package fi.kykyverkko.kernel.tenancy;

/**
 * One thing wrong (or worth a warning) in a tenant definition: where, which field, why.
 * An error rejects the definition; a warning is reported and the definition still applies.
 */
public record DefinitionProblem(String source, String field, String reason, boolean error) {

    @Override
    public String toString() {
        return (error ? "ERROR " : "WARNING ") + source + ": " + (field.isEmpty() ? "" : field + ": ") + reason;
    }
}
