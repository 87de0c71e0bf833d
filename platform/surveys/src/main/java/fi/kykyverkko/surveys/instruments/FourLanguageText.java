package fi.kykyverkko.surveys.instruments;

import java.util.List;
import java.util.Objects;

/**
 * A text of an instrument in the four languages every respondent may choose: Finnish, Swedish, English and plain
 * Finnish (selkosuomi). All four are required, so a survey is never shown half-translated.
 */
public record FourLanguageText(String fi, String sv, String en, String fiPlain) {

    /** The language tags as the definition's JSON names them, in the order of the fields. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en", "fi-plain");

    public FourLanguageText {
        for (String text : new String[] {fi, sv, en, fiPlain}) {
            if (Objects.requireNonNull(text, "a language is missing").isBlank()) {
                throw new IllegalArgumentException("a language is empty");
            }
        }
    }

    /** The text in {@code language} (one of {@link #LANGUAGES}). */
    public String in(String language) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            case "en" -> en;
            case "fi-plain" -> fiPlain;
            default -> throw new IllegalArgumentException("not an instrument language: " + language);
        };
    }
}
