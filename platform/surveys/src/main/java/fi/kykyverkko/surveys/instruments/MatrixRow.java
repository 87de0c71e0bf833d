package fi.kykyverkko.surveys.instruments;

import java.util.Objects;

/** One row of a matrix item; it is answered, validated and scored as {@code <item>.<row>}. */
public record MatrixRow(String id, FourLanguageText text) {

    public MatrixRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
