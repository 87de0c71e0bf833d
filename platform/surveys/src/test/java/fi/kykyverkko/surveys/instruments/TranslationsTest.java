package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Translations;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every problem text of the module exists in Finnish, Swedish and English, and every key the code names exists. */
class TranslationsTest {

    @Test
    void theThreeLanguagesHaveTheSameKeysAndValidPatterns() {
        Translations.assertComplete("i18n.surveys");
    }

    @Test
    void everyKeyInTheCodeHasAText() {
        Set<String> used = Translations.keysUsedIn(Path.of("src/main/java"), Pattern.compile("\"(instrument\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\""));
        assertTrue(used.size() > 30, "the keys in the code were not found: " + used);
        Translations.assertHasTexts("i18n.surveys", used);
    }
}
