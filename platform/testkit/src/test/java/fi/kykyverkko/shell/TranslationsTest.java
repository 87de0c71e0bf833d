package fi.kykyverkko.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text the shell and the administration show exists in Finnish, Swedish and English. */
class TranslationsTest {

    @Test
    void everyKeyIsTranslatedIntoSwedishAndEnglish() throws IOException {
        for (String bundle : List.of("portal", "admin")) {
            Properties finnish = load("i18n/" + bundle + ".properties");
            assertTrue(finnish.size() > 10, bundle + " looks empty");
            for (String language : List.of("sv", "en")) {
                Properties other = load("i18n/" + bundle + "_" + language + ".properties");
                assertEquals(new TreeSet<>(finnish.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                        bundle + "_" + language + " has other keys than the Finnish bundle");
                for (String key : other.stringPropertyNames()) {
                    assertTrue(!other.getProperty(key).isBlank(), bundle + "_" + language + ": " + key + " is empty");
                }
            }
        }
    }

    @Test
    void everyTenantRoleHasAName() throws IOException {
        Properties finnish = load("i18n/portal.properties");
        Set<String> roles = Set.of("platform-admin", "tenant-admin", "professional", "network-member", "panel-facilitator", "manager");
        for (String role : roles) {
            assertTrue(finnish.containsKey("role." + role), "no Finnish name for role " + role);
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
