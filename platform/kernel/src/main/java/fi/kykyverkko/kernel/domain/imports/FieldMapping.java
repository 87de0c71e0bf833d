package fi.kykyverkko.kernel.domain.imports;

import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.kernel.exchange.csv.CsvColumn;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One column of an import/export file: its header, the entity property it fills (the field name validation
 * problems use), how to write it out and how to read it in, and for a choice column the values it accepts. A
 * setter that refuses a value (throws {@code InvalidInputException}) is reported on the row like any other problem.
 */
public record FieldMapping<T>(CsvColumn column, String property, Function<T, String> get, Setter<T> set, Choices choices) {

    /** The problem of a choice cell that names none of the values; its argument is the {@link Choices}. */
    public static final String UNKNOWN_CHOICE = "import.unknown-choice";

    /** Applies a cell to an entity; a cell that cannot be read adds a problem under {@code property}. */
    @FunctionalInterface
    public interface Setter<T> {
        void set(T entity, String value, Problems problems, EntityManager em);
    }

    /** A column that is not a choice. */
    public FieldMapping(CsvColumn column, String property, Function<T, String> get, Setter<T> set) {
        this(column, property, get, set, Choices.NONE);
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

    /**
     * One value of {@code type}, written by its Finnish label and read by name or label in any language. A blank cell
     * sets null (the row's own rules say whether it is required); any other unknown text is refused with
     * {@link #UNKNOWN_CHOICE}, naming the allowed values.
     */
    public static <T, E extends Enum<E> & Labelled> FieldMapping<T> choice(CsvColumn column, String property, Class<E> type,
            Function<Locale, ResourceBundle> texts, Function<T, E> get, BiConsumer<T, E> set) {
        Choices choices = Choices.of(type, texts);
        return new FieldMapping<>(column, property, e -> Optional.ofNullable(get.apply(e)).map(v -> Labelled.finnish(v, texts)).orElse(null),
                (entity, value, problems, em) -> {
                    if (value.isBlank()) {
                        set.accept(entity, null);
                    } else {
                        Labelled.parse(type, value, texts).ifPresentOrElse(v -> set.accept(entity, v),
                                () -> problems.add(property, UNKNOWN_CHOICE, choices));
                    }
                }, choices);
    }

    /** Several values of {@code type} in one cell, written {@code A|B} (also read with {@code ;} or {@code ,} between). */
    public static <T, E extends Enum<E> & Labelled> FieldMapping<T> choices(CsvColumn column, String property, Class<E> type,
            Function<Locale, ResourceBundle> texts, Function<T, Set<E>> get, BiConsumer<T, Set<E>> set) {
        Choices choices = Choices.of(type, texts);
        return new FieldMapping<>(column, property,
                e -> get.apply(e).stream().map(v -> Labelled.finnish(v, texts)).collect(Collectors.joining("|")),
                (entity, value, problems, em) -> {
                    EnumSet<E> found = EnumSet.noneOf(type);
                    boolean unknown = false;
                    for (String part : value.split("[|;,]")) {
                        if (!part.isBlank()) {
                            Optional<E> v = Labelled.parse(type, part, texts);
                            v.ifPresent(found::add);
                            unknown |= v.isEmpty();
                        }
                    }
                    if (unknown) {
                        problems.add(property, UNKNOWN_CHOICE, choices); // once per cell, however many parts are unknown
                    } else {
                        set.accept(entity, found);
                    }
                }, choices);
    }
}
