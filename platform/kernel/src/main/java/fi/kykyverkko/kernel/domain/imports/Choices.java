package fi.kykyverkko.kernel.domain.imports;

import fi.kykyverkko.kernel.domain.Labelled;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The values a choice column accepts (an enum's constants, read by name or by label in any language), so that a
 * refused cell can name them and a template can list them. As a problem's argument it is shown in the reader's
 * language ({@link #labels(Locale)}); its {@code toString} is the Finnish list, for logs and plain MessageFormat.
 */
public record Choices(List<? extends Labelled> values, Function<Locale, ResourceBundle> texts) {

    /** A column that is not a choice. */
    public static final Choices NONE = new Choices(List.of(), language -> null);

    public Choices {
        values = List.copyOf(values);
    }

    public static <E extends Enum<E> & Labelled> Choices of(Class<E> type, Function<Locale, ResourceBundle> texts) {
        return new Choices(List.of(type.getEnumConstants()), texts);
    }

    public boolean any() {
        return !values.isEmpty();
    }

    /** Each value's label in {@code language}. */
    public List<String> labels(Locale language) {
        ResourceBundle bundle = texts.apply(language);
        return values.stream().map(v -> v.label(bundle)).toList();
    }

    /** A cell as written in Finnish (by an export) written in {@code language}: each value separated by {@code |}. */
    public String relabel(String finnishCell, Locale language) {
        if (finnishCell == null || !any()) {
            return finnishCell;
        }
        ResourceBundle finnish = texts.apply(Labelled.LANGUAGES.get(0));
        ResourceBundle wanted = texts.apply(language);
        List<String> parts = List.of(finnishCell.split("\\|"));
        return String.join("|", parts.stream().map(part -> values.stream().filter(v -> v.label(finnish).equals(part))
                .findFirst().map(v -> v.label(wanted)).orElse(part)).toList());
    }

    @Override
    public String toString() {
        return any() ? String.join(", ", labels(Labelled.LANGUAGES.get(0))) : "";
    }
}
