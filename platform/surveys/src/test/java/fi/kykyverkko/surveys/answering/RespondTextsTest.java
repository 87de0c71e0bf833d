package fi.kykyverkko.surveys.answering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.testkit.Translations;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RespondTextsTest {

    @Test
    void everySurveyAndRespondKeyInTheCodeHasATextInTheThreeLanguages() {
        Set<String> used = Translations.keysUsedIn(Path.of("src/main/java"), Pattern.compile("\"((?:survey|respond)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\""));
        assertTrue(used.size() > 15, used.toString());
        Translations.assertHasTexts("i18n.surveys", used);
        Translations.assertComplete("i18n.surveys");
    }

    @Test
    void thePlainFinnishTextsSimplifyExistingKeysOnly() throws Exception {
        Properties plain = new Properties();
        try (InputStream in = RespondTexts.class.getClassLoader().getResourceAsStream("i18n/surveys-plain.properties")) {
            plain.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> keys = Translations.keys("i18n.surveys");
        for (String key : plain.stringPropertyNames()) {
            assertTrue(keys.contains(key), key + " is not a key of the Finnish bundle");
        }
        assertEquals("Lähetä", new RespondTexts("fi-plain").get("respond.send"));
        assertEquals("Lähetä vastaukset", new RespondTexts("fi").get("respond.send"));
        assertEquals("Skicka svaren", new RespondTexts("sv").get("respond.send"));
        assertEquals("fi", new RespondTexts("de").language());
    }

    @Test
    void everyScaleHasItsEndPointsLabelled() {
        for (ItemType type : ItemType.values()) {
            if (type.isScale()) {
                String prefix = "respond.scale." + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".";
                RespondTexts fi = new RespondTexts("fi");
                int last = type.scaleValues().get(type.scaleValues().size() - 1);
                assertTrue(fi.has(prefix + type.scaleValues().get(0)) && fi.has(prefix + last), type + " end points");
            }
        }
    }
}
