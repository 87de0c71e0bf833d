package fi.kykyverkko.kernel.domain.imports;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The file format for one kind of row: its columns (the first is always the code), how to make a new row, and
 * what the module does to a row before it is saved ({@code beforeSave}: the row and which columns the file has),
 * e.g. a business act that a save through the UI would do.
 */
public record ImportFormat<T extends Coded>(String id, Class<T> type, Supplier<T> create, List<FieldMapping<T>> fields,
                                            BiConsumer<T, Predicate<String>> beforeSave) {

    public ImportFormat(String id, Class<T> type, Supplier<T> create, List<FieldMapping<T>> fields) {
        this(id, type, create, fields, (row, fileHas) -> { });
    }

    public List<CsvColumn> columns() {
        return fields.stream().map(FieldMapping::column).toList();
    }

    public List<String> header() {
        return fields.stream().map(f -> f.column().name()).toList();
    }

    /** The column a validation problem on {@code property} belongs to. */
    public Optional<String> columnOf(String property) {
        return fields.stream().filter(f -> f.property().equals(property)).map(f -> f.column().name()).findFirst();
    }

    public List<String> row(T entity) {
        return fields.stream().map(f -> {
            String value = f.get().apply(entity);
            return value == null ? "" : value;
        }).toList();
    }
}
