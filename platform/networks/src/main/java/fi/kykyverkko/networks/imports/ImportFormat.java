package fi.kykyverkko.networks.imports;

import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import fi.kykyverkko.networks.Coded;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The file format for one kind of row: its columns (the first is always the code) and how to make a new row. */
public record ImportFormat<T extends Coded>(String id, Class<T> type, Supplier<T> create, List<FieldMapping<T>> fields) {

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
