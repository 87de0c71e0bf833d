package fi.kykyverkko.surveys.instruments;

import java.util.Objects;

/** One option of a choice item: its code is the stored answer, so relabelling never changes old answers. */
public record ChoiceOption(String code, FourLanguageText label) {

    public ChoiceOption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
