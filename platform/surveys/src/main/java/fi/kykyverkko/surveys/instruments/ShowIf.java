package fi.kykyverkko.surveys.instruments;

import java.util.Objects;
import java.util.Set;

/** Conditional display: the item is shown only when {@code item} was answered with one of {@code values}. */
public record ShowIf(String item, Set<String> values) {

    public ShowIf {
        Objects.requireNonNull(item, "item");
        values = Set.copyOf(values);
    }
}
