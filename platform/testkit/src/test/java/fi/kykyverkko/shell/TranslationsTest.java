package fi.kykyverkko.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Translations;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text the shell and the administration show exists in Finnish, Swedish and English. */
class TranslationsTest {

    @Test
    void everyKeyIsTranslatedIntoSwedishAndEnglish() {
        Translations.assertComplete("i18n.portal");
        Translations.assertComplete("i18n.admin");
        assertTrue(Translations.keys("i18n.portal").size() > 10 && Translations.keys("i18n.admin").size() > 10, "the bundles look empty");
    }

    @Test
    void thePlatformRoleHasAName() {
        // region roles carry their names in the module that declares them (ModuleRole); only the realm role is here
        Translations.assertHasTexts("i18n.portal", Set.of("role.platform-admin", "role.none"));
    }
}
