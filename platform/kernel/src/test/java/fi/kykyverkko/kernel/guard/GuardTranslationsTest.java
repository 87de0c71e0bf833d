package fi.kykyverkko.kernel.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every finding's reason and the guard's summary exist in Finnish, Swedish and English, as patterns MessageFormat reads. */
class GuardTranslationsTest {

    @Test
    void everyKindSaysWhyInThreeLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Finding.Kind kind : Finding.Kind.values()) {
            keys.add(kind.key());
        }
        keys.add("guard.found");
        for (String file : List.of("i18n/validation.properties", "i18n/validation_sv.properties", "i18n/validation_en.properties")) {
            Properties texts = load(file);
            for (String key : keys) {
                String text = texts.getProperty(key);
                assertNotNull(text, key + " missing in " + file);
                assertFalse(text.isBlank(), key + " empty in " + file);
                String shown = new MessageFormat(text, Locale.ROOT).format(new Object[] {3});
                assertFalse(shown.contains("{") || shown.contains("'"), key + " in " + file + " reads as " + shown);
            }
            assertTrue(new MessageFormat(texts.getProperty("guard.found")).format(new Object[] {3}).contains("3"), file);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GuardTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
