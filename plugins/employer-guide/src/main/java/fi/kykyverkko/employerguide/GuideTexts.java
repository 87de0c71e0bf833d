package fi.kykyverkko.employerguide;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a section's text reads: paragraphs split at blank lines; whether it is written in the reader's language. */
final class GuideTexts {

    private GuideTexts() {
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Finnish is always there; Swedish or English only when the section has both its title and text in it. */
    static boolean hasLanguage(GuideSection section, Locale language) {
        return switch (language.getLanguage()) {
            case "sv" -> section.getTitle().sv() != null && section.getBody().sv() != null;
            case "en" -> section.getTitle().en() != null && section.getBody().en() != null;
            default -> true;
        };
    }
}
