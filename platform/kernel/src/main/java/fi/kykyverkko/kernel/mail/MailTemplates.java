package fi.kykyverkko.kernel.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The texts of outgoing e-mail in fi/sv/en: {@code i18n/mail*.properties}, keys {@code mail.<template>.subject} and
 * {@code mail.<template>.body}, each a {@link MessageFormat} pattern ({0}, {1}, ...; an apostrophe is written
 * {@code ''}). Finnish is the base bundle; no fallback to the server's default locale. A module ships its own
 * templates in {@code i18n/<module>-mail*.properties} and names them {@code <module>.<template>}
 * ({@code clients.referrer-feedback}), so nothing central lists a module's messages.
 */
public final class MailTemplates {

    public static final String BUNDLE = "i18n/mail";
    public static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");

    /** A message's subject and plain-text body in one language. */
    public record Rendered(String subject, String body) {
    }

    private MailTemplates() {
    }

    /** {@code language} if the portal speaks it, otherwise Finnish. */
    public static String language(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(code) ? code : "fi";
    }

    /** @throws IllegalArgumentException for a template that has no subject and body */
    public static Rendered render(String templateCode, String language, Object... params) {
        if (templateCode == null || !templateCode.matches("([a-z][a-z0-9-]*\\.)?[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a template code: " + templateCode);
        }
        int dot = templateCode.indexOf('.');
        String bundle = dot < 0 ? BUNDLE : "i18n/" + templateCode.substring(0, dot) + "-mail";
        String key = "mail." + templateCode.substring(dot + 1);
        Locale locale = Locale.forLanguageTag(language(language));
        try {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new Rendered(format(texts.getString(key + ".subject"), locale, params).strip(),
                    format(texts.getString(key + ".body"), locale, params));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no e-mail template " + templateCode, e);
        }
    }

    private static String format(String pattern, Locale locale, Object... params) {
        return new MessageFormat(pattern, locale).format(params == null ? new Object[0] : params);
    }
}
