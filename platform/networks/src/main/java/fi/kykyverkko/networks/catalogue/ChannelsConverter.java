package fi.kykyverkko.networks.catalogue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a service's channels as "ON_SITE;REMOTE". */
@Converter
public class ChannelsConverter implements AttributeConverter<Set<Channel>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Channel> channels) {
        return channels == null ? "" : channels.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
    }

    @Override
    public Set<Channel> convertToEntityAttribute(String column) {
        EnumSet<Channel> channels = EnumSet.noneOf(Channel.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(";")).map(String::strip).filter(s -> !s.isEmpty()).map(Channel::valueOf).forEach(channels::add);
        }
        return channels;
    }
}
