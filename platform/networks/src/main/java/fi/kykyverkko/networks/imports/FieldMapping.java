package fi.kykyverkko.networks.imports;

import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import fi.kykyverkko.networks.Problems;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * One column of an import/export file: its header, the entity property it fills (the field name validation
 * problems use), how to write it out and how to read it in.
 */
public record FieldMapping<T>(CsvColumn column, String property, Function<T, String> get, Setter<T> set) {

    /** Applies a cell to an entity; a cell that cannot be read adds a problem under {@code property}. */
    @FunctionalInterface
    public interface Setter<T> {
        void set(T entity, String value, Problems problems, EntityManager em);
    }
}
