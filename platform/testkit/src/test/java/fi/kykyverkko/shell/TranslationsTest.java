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
    void everyTenantRoleHasAName() {
        Set<String> roles = Set.of("platform-admin", "tenant-admin", "professional", "network-member", "panel-facilitator", "manager");
        Translations.assertHasTexts("i18n.portal", roles.stream().map(role -> "role." + role).collect(java.util.stream.Collectors.toSet()));
    }
}
