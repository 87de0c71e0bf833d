package fi.kykyverkko.kernel.exchange.csv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One data row of an uploaded file.
 *
 * @param line   the file line the row starts on (1-based, the header is line 1), for messages to the user
 * @param values every declared column by its declared name; a column missing from the file or a short row gives ""
 */
public record CsvRow(int line, Map<String, String> values) {

    public CsvRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The cell of a declared column, "" when empty or absent.
     *
     * @throws IllegalArgumentException for a name that was not declared, so that a typo fails loudly
     */
    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            throw new IllegalArgumentException("No declared column " + column + "; declared: " + values.keySet());
        }
        return value;
    }
}
