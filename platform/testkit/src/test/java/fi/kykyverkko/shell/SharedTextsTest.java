package fi.kykyverkko.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.kernel.audit.DataCategory;
import org.junit.jupiter.api.Test;

/**
 * The kernel's shared texts reach every view through the portal's provider: the audit log's choices (a consent's
 * data categories on the client card showed as "!audit.category.episodes!" before) and the validation messages.
 */
class SharedTextsTest {

    @Test
    void theAuditLogsChoicesAndTheValidationMessagesAreTranslated() throws Exception {
        try (ShellTestKit kit = new ShellTestKit()) {
            PortalI18NProvider texts = new PortalI18NProvider();
            texts.modules = kit.modules;
            assertEquals("Asiakkuudet ja vaiheet", texts.getTranslation(DataCategory.EPISODES.labelKey(), PortalI18NProvider.FINNISH));
            assertEquals("Kundrelationer och faser", texts.getTranslation(DataCategory.EPISODES.labelKey(), PortalI18NProvider.SWEDISH));
            for (DataCategory category : DataCategory.values()) {
                for (java.util.Locale language : new PortalI18NProvider().getProvidedLocales()) {
                    String text = texts.getTranslation(category.labelKey(), language);
                    assertEquals(false, text.startsWith("!"), category + " in " + language + ": " + text);
                }
            }
            assertEquals(false, texts.getTranslation("validation.required", PortalI18NProvider.ENGLISH).startsWith("!"));
        }
    }
}
