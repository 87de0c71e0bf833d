package fi.kykyverkko.kernel.tenancy;

import java.util.Locale;

/** A text in the portal's three languages; Finnish is the fallback. */
public record LocalizedText(String fi, String sv, String en) {

    public String in(Locale locale) {
        String text = switch (locale == null ? "fi" : locale.getLanguage()) {
            case "sv" -> sv;
            case "en" -> en;
            default -> fi;
        };
        return text == null || text.isBlank() ? fi : text;
    }
}
