package fi.kykyverkko.kernel.domain.imports;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One column of an import/export file: its header, the entity property it fills (the field name validation
 * problems use), how to write it out and how to read it in. A setter that refuses a value (throws
 * {@code InvalidInputException}) is reported on the row like any other problem.
 */
public record FieldMapping<T>(CsvColumn column, String property, Function<T, String> get, Setter<T> set) {

    /** Applies a cell to an entity; a cell that cannot be read adds a problem under {@code property}. */
    @FunctionalInterface
    public interface Setter<T> {
        void set(T entity, String value, Problems problems, EntityManager em);
    }

    /** A plain text column. */
    public static <T> FieldMapping<T> text(CsvColumn column, String property, Function<T, String> get, BiConsumer<T, String> set) {
        return new FieldMapping<>(column, property, get, (entity, value, problems, em) -> set.accept(entity, value));
    }

    /** A list of names in one cell ("Rovaniemi; Kemi"), see {@link TextListConverter#split}. */
    public static <T> FieldMapping<T> list(CsvColumn column, String property, Function<T, List<String>> get, BiConsumer<T, List<String>> set) {
        return new FieldMapping<>(column, property, e -> String.join("; ", get.apply(e)),
                (entity, value, problems, em) -> set.accept(entity, TextListConverter.split(value)));
    }
}
