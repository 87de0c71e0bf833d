package fi.kykyverkko.surveys.assessment.ui;

import java.util.Locale;

/** The instrument language that goes with the portal's UI locale (the instruments also have plain Finnish). */
final class AssessmentTexts {

    private AssessmentTexts() {
    }

    static String instrumentLanguage(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        return switch (language) {
            case "sv", "en" -> language;
            default -> "fi";
        };
    }
}
