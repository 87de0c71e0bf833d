package fi.kykyverkko.shell;

import com.vaadin.flow.i18n.I18NProvider;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * Finnish first, then Swedish and English. Every module brings its own bundle ({@link PortalModule#messages()});
 * a key is looked up in each module's bundle in turn. A missing key shows as {@code !key!} and is logged,
 * so a gap is visible instead of silently English.
 */
// vaadin-cdi takes the I18NProvider only as a @VaadinServiceEnabled @VaadinServiceScoped bean
@VaadinServiceEnabled
@VaadinServiceScoped
public class PortalI18NProvider implements I18NProvider {

    public static final Locale FINNISH = Locale.forLanguageTag("fi-FI");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-FI");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-FI");
    private static final Logger LOG = Logger.getLogger(PortalI18NProvider.class.getName());
    private static final List<String> KERNEL_BUNDLES = List.of(fi.kykyverkko.kernel.domain.Problems.BUNDLE,
            fi.kykyverkko.kernel.audit.AuditLog.BUNDLE);

    @Inject
    ModuleRegistry modules;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FINNISH, SWEDISH, ENGLISH);
    }

    /** The provided locale with the same language as {@code locale}, Finnish otherwise. */
    public static Locale supported(Locale locale) {
        String language = locale == null ? "fi" : locale.getLanguage();
        return language.equals("sv") ? SWEDISH : language.equals("en") ? ENGLISH : FINNISH;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale == null ? FINNISH : locale;
        for (PortalModule module : modules.all()) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(module.messages(), language, module.getClass().getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String text = bundle.getString(key);
                    return params.length == 0 ? text : new MessageFormat(text, language).format(params);
                }
            } catch (MissingResourceException noBundleForThisModule) {
                // modules without UI texts have no bundle
            }
        }
        // the kernel's shared texts serve every module: validation (the domain kit's forms), the audit log's choices
        for (String shared : KERNEL_BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(shared, language, fi.kykyverkko.kernel.domain.Problems.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, language).format(params);
            }
        }
        LOG.warning(() -> "Missing translation " + key + " (" + language + ")");
        return "!" + key + "!";
    }
}
