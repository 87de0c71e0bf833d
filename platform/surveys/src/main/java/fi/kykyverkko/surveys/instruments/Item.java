package fi.kykyverkko.surveys.instruments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One item of an instrument. Which of the optional parts an item has depends on its type (the parser checks that):
 * options for the choices, {@code maxLength} for free text, {@code min}/{@code max} for a number, {@code rowScale}
 * and rows for a matrix.
 */
public record Item(String id, ItemType type, boolean required, FourLanguageText text, ShowIf showIf,
                   List<ChoiceOption> options, Integer maxLength, BigDecimal min, BigDecimal max,
                   ItemType rowScale, List<MatrixRow> rows) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
        rows = List.copyOf(rows);
        if (type == ItemType.MATRIX && (rowScale == null || !rowScale.isScale())) {
            throw new IllegalArgumentException("a matrix shares one of the numeric scales: " + id);
        }
    }

    /** An item of a fixed scale type (or a section), the common case. */
    public static Item scale(String id, ItemType type, boolean required, FourLanguageText text) {
        return new Item(id, type, required, text, null, List.of(), null, null, null, null, List.of());
    }

    /** The answer keys this item has: its id, or one {@code id.row} per matrix row; none for a section. */
    public List<String> answerKeys() {
        if (!type.takesAnswer()) {
            return List.of();
        }
        return type == ItemType.MATRIX ? rows.stream().map(r -> id + "." + r.id()).toList() : List.of(id);
    }

    /** The scale the answer under {@code answerKey} is on, if it is on one. */
    public ItemType scaleOf(String answerKey) {
        return type == ItemType.MATRIX ? rowScale : type;
    }

    public boolean hasOption(String code) {
        return options.stream().anyMatch(o -> o.code().equals(code));
    }
}
