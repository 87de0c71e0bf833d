package fi.kykyverkko.panels.member;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A member's texts in one of the four languages of the member page: {@code fi}, {@code sv}, {@code en} from the
 * module's bundle ({@code i18n/panels}), and {@code fi-plain} (selkosuomi) from {@code i18n/panels-plain}, which says
 * the member page's Finnish texts more simply (standard Finnish for any key it lacks).
 */
public final class MemberTexts {

    public static final String PLAIN = "fi-plain";
    public static final List<String> LANGUAGES = List.of("fi", PLAIN, "sv", "en");

    private final String language;
    private final ResourceBundle texts;
    private final ResourceBundle plain;

    public MemberTexts(String language) {
        this.language = normal(language);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.texts = ResourceBundle.getBundle("i18n.panels", locale(this.language), MemberTexts.class.getClassLoader(), control);
        this.plain = PLAIN.equals(this.language) ? ResourceBundle.getBundle("i18n.panels-plain", Locale.ROOT, MemberTexts.class.getClassLoader(), control) : null;
    }

    public static String normal(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "fi";
    }

    public static Locale locale(String language) {
        return Locale.forLanguageTag(PLAIN.equals(language) ? "fi" : normal(language));
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale(language);
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
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
