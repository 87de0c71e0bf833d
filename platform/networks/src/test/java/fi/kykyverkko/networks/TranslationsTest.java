package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.events.EventKind;
import fi.kykyverkko.networks.groups.GroupKind;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.TaskStatus;
import fi.kykyverkko.networks.organisations.OrganisationType;
import fi.kykyverkko.testkit.Translations;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the module exists in Finnish, Swedish and English, and every key the code names exists. */
class TranslationsTest {

    @Test
    void theThreeLanguagesHaveTheSameKeysAndValidPatterns() {
        Translations.assertComplete("i18n.networks");
    }

    @Test
    void everyKeyInTheCodeAndEveryChoiceHasAText() {
        Set<String> keys = Translations.keys("i18n.networks");
        Set<String> missing = new TreeSet<>();
        // indicator ids, the demo file name and key prefixes ("networks.day.") are not texts
        Set<String> notTexts = Set.of("networks.json", "networks.events-held", "networks.event-participants");
        for (String key : Translations.keysUsedIn(Path.of("src/main/java"), Pattern.compile("\"(networks\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)*)\""))) {
            if (!key.endsWith(".") && !notTexts.contains(key) && !keys.contains(key)) {
                missing.add(key);
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
