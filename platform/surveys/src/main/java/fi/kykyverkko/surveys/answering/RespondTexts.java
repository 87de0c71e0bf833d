package fi.kykyverkko.surveys.answering;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The respondent's texts in one of the four answering languages: {@code fi}, {@code sv}, {@code en} from the module's
 * bundle, and {@code fi-plain} (selkosuomi) from {@code i18n/surveys-plain.properties}, falling back to Finnish for
 * a key it does not simplify.
 */
public final class RespondTexts {

    public static final String PLAIN = "fi-plain";

    private final String language;
    private final ResourceBundle texts;
    private final ResourceBundle plain;

    public RespondTexts(String language) {
        this.language = normal(language);
        Locale locale = locale(this.language);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.texts = ResourceBundle.getBundle("i18n.surveys", locale, RespondTexts.class.getClassLoader(), control);
        this.plain = PLAIN.equals(this.language)
                ? ResourceBundle.getBundle("i18n.surveys-plain", Locale.ROOT, RespondTexts.class.getClassLoader(), control) : null;
    }

    /** One of fi, sv, en, fi-plain; anything else is Finnish. */
    public static String normal(String language) {
        return language != null && java.util.List.of("fi", "sv", "en", PLAIN).contains(language) ? language : "fi";
    }

    /** The page's locale: plain Finnish is Finnish. */
    public static Locale locale(String language) {
        return Locale.forLanguageTag(PLAIN.equals(language) ? "fi" : normal(language));
    }

    public String language() {
        return language;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public String get(String key, Object... args) {
        String pattern;
        if (plain != null && plain.containsKey(key)) {
            pattern = plain.getString(key);
        } else {
            try {
                pattern = texts.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale(language)).format(args);
    }
}
