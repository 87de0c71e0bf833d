package fi.kykyverkko.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import java.util.stream.Stream;

/**
 * Checks of a module's UI texts (docs/modules.md, step 7): one bundle per module, Finnish the default file,
 * Swedish and English beside it.
 *
 * <pre>
 * Translations.assertComplete("i18n.networks");
 * </pre>
 */
public final class Translations {

    /** The languages every text must exist in; Finnish is the bundle's default file. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private Translations() {
    }

    /**
     * Every key of {@code bundle} (a resource bundle name such as {@code i18n.networks}) exists in Finnish, Swedish
     * and English, no value is empty and every value is a valid {@link MessageFormat} pattern.
     */
    public static void assertComplete(String bundle) {
        Properties finnish = load(bundle, "fi");
        assertFalse(finnish.isEmpty(), bundle + " has no texts");
        for (String language : LANGUAGES) {
            Properties texts = load(bundle, language);
            assertEquals(new TreeSet<>(finnish.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()),
                    bundle + " in " + language + " has other keys than in Finnish");
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(text.isBlank(), bundle + " in " + language + ": " + key + " is empty");
                try {
                    new MessageFormat(text);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(bundle + " in " + language + ": " + key + " is not a valid pattern: " + e.getMessage(), e);
                }
            }
        }
    }

    /** The keys of {@code bundle} (Finnish, the default file). */
    public static Set<String> keys(String bundle) {
        return load(bundle, "fi").stringPropertyNames();
    }

    /** The string literals matching {@code key} (its group 1 is the key) in the Java files under {@code sources}. */
    public static Set<String> keysUsedIn(Path sources, Pattern key) {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** Fails naming every key of {@code used} that {@code bundle} lacks. */
    public static void assertHasTexts(String bundle, Set<String> used) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys(bundle));
        assertTrue(missing.isEmpty(), bundle + " has no text for " + missing);
    }

    /** One language of {@code bundle}, read as UTF-8. */
    public static Properties load(String bundle, String language) {
        String resource = bundle.replace('.', '/') + (language.equals("fi") ? "" : "_" + language) + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
