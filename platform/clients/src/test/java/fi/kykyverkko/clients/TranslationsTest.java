package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.testkit.Translations;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the module exists in Finnish, Swedish and English, and every key the code and migration name exists. */
class TranslationsTest {

    @Test
    void theThreeLanguagesHaveTheSameKeysAndValidPatterns() {
        Translations.assertComplete("i18n.clients");
        Translations.assertComplete("i18n.clients-mail");
    }

    @Test
    void everyKeyInTheCodeEveryChoiceAndEveryDefaultPhaseHasAText() throws Exception {
        Set<String> keys = Translations.keys("i18n.clients");
        Set<String> missing = new TreeSet<>();
        for (String key : Translations.keysUsedIn(Path.of("src/main/java"), Pattern.compile("\"(clients\\.[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)\""))) {
            if (!keys.contains(key)) {
                missing.add(key);
            }
        }
        for (List<? extends Labelled> values : List.of(List.of(EndReason.values()), List.of(ClientLanguage.values()))) {
            for (Labelled value : values) {
                if (!keys.contains(value.labelKey())) {
                    missing.add(value.labelKey());
                }
            }
        }
        // the phases the migration gives every region have their names in the bundle too
        String migration = Files.readString(Path.of("src/main/resources/db/tenant/clients/V1__clients.sql"));
        Matcher phase = Pattern.compile("\\('([a-z-]+)', '[^']+', '[^']+', '[^']+', \\d+,").matcher(migration);
        int phases = 0;
        while (phase.find()) {
            phases++;
            if (!keys.contains("clients.phase." + phase.group(1))) {
                missing.add("clients.phase." + phase.group(1));
            }
        }
        assertTrue(phases == 6, "the migration's six default phases were not found: " + phases);
        assertTrue(missing.isEmpty(), "missing texts: " + missing);
    }
}
