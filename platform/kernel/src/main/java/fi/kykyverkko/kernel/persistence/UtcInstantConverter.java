package fi.kykyverkko.kernel.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} as a UTC DATETIME (name it with {@code @Convert} on each Instant field). EclipseLink 4.0 would otherwise serialise Instants,
 * and a local-time column would be ambiguous at the autumn daylight-saving change in Helsinki.
 * The UI converts to Europe/Helsinki for display.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
