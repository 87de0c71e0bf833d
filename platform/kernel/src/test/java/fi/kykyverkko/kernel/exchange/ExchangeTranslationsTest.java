package fi.kykyverkko.kernel.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every exchange message exists in Finnish, Swedish and English, and every key the code uses is in them. */
class ExchangeTranslationsTest {

    @Test
    void allThreeLanguagesHaveTheSameKeys() throws IOException {
        Properties finnish = load("i18n/exchange.properties");
        assertFalse(finnish.isEmpty());
        for (String language : List.of("sv", "en")) {
            Properties other = load("i18n/exchange_" + language + ".properties");
            assertEquals(new TreeSet<>(finnish.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                    "exchange_" + language + " has other keys than the Finnish bundle");
            for (String key : other.stringPropertyNames()) {
                assertFalse(other.getProperty(key).isBlank(), key + " is empty in " + language);
                new MessageFormat(other.getProperty(key)); // fails on a broken pattern
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Properties finnish = load("i18n/exchange.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(csv\\.[a-z-]+)\"");
        try (var sources = Files.walk(Path.of("src/main/java/fi/kykyverkko/kernel/exchange"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() >= 8, used.toString());
        assertEquals(used, new TreeSet<>(finnish.stringPropertyNames()));
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ExchangeTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
