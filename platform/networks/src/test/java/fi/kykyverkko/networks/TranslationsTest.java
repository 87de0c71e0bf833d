package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.events.EventKind;
import fi.kykyverkko.networks.groups.GroupKind;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.TaskStatus;
import fi.kykyverkko.networks.organisations.OrganisationType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the module exists in Finnish, Swedish and English, and every key the code names exists. */
class TranslationsTest {

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/networks" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties fi = load("");
        for (String suffix : new String[] {"_sv", "_en"}) {
            Properties other = load(suffix);
            assertEquals(new TreeSet<>(fi.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), suffix);
            for (String key : other.stringPropertyNames()) {
                new MessageFormat(other.getProperty(key)); // throws on a broken pattern
            }
        }
    }

    @Test
    void everyKeyInTheCodeAndEveryChoiceHasAText() throws IOException {
        Set<String> keys = load("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(networks\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // indicator ids, the demo file name and key prefixes ("networks.day.") are not texts
                    if (!key.endsWith(".") && !key.equals("networks.json") && !key.equals("networks.events-held") && !key.equals("networks.event-participants") && !keys.contains(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        for (Enum<?>[] values : java.util.List.<Enum<?>[]>of(OrganisationType.values(), ServiceCategory.values(), Channel.values(),
                GroupKind.values(), MeetingStatus.values(), TaskStatus.values(), EventKind.values())) {
            for (Enum<?> value : values) {
                String key;
                try {
                    key = (String) value.getClass().getMethod("labelKey").invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(value.getClass() + " has no labelKey()", e);
                }
                if (!keys.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing texts: " + missing);
    }
}
