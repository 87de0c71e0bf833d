package fi.kykyverkko.shell.kit;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.shell.PortalI18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kit's texts for Vaadin's own component texts ({@code kit.*} in the shell's bundle), read straight from the
 * bundle: a factory has a locale but not always a component to ask, and Finnish is the bundle's default file.
 */
final class KitTexts {

    private KitTexts() {
    }

    static String text(Locale locale, String key, Object... args) {
        Locale language = PortalI18NProvider.supported(locale);
        String text = ResourceBundle.getBundle("i18n.portal", language, KitTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        return args.length == 0 ? text : new MessageFormat(text, language).format(args);
    }

    /** The one required-field text of every form: the domain kit's {@code validation.required}. */
    static String required(Locale locale) {
        return new Problems.Problem("", "validation.required", List.of()).text(PortalI18NProvider.supported(locale));
    }
}
