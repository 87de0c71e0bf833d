package fi.kykyverkko.networks.groups;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Cadence} in its text form; no cadence is null ("meets as needed"). */
@Converter
public class CadenceConverter implements AttributeConverter<Cadence, String> {

    @Override
    public String convertToDatabaseColumn(Cadence cadence) {
        return cadence == null ? null : cadence.toText();
    }

    @Override
    public Cadence convertToEntityAttribute(String text) {
        return text == null || text.isBlank() ? null : Cadence.parse(text);
    }
}
