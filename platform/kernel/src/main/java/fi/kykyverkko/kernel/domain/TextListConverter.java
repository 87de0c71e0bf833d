package fi.kykyverkko.kernel.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a short list of names (municipalities) in one column, separated by semicolons. */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(";", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return split(column);
    }

    /** Splits "Rovaniemi; Kemijärvi" (or with commas) into trimmed, non-empty, distinct names. */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
