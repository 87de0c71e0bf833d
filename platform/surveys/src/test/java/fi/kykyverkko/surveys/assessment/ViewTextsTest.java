package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.instruments.ItemType;
import fi.kykyverkko.testkit.Translations;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every library. and assessment. key the code names has a text in fi, sv and en, also those the views build. */
class ViewTextsTest {

    @Test
    void everyViewKeyHasATextInTheThreeLanguages() {
        Set<String> used = new HashSet<>(Translations.keysUsedIn(Path.of("src/main/java"),
                Pattern.compile("\"((?:library|assessment)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"")));
        used.removeIf(k -> k.endsWith("-")); // the start of a key put together below
        assertTrue(used.size() > 80, "the keys in the code were not found: " + used.size());
        // the keys the views put together from a code
        Arrays.stream(ItemType.values()).forEach(t -> used.add("library.type." + t.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        Arrays.stream(MeasurementState.values()).forEach(s -> used.add(s.labelKey()));
        Arrays.stream(Change.values()).forEach(c -> used.add(c.labelKey()));
        Schedule.DEFAULT.pointCodes().forEach(p -> used.add("assessment.point." + p));
        for (String what : new String[] {"item", "score"}) {
            for (String kind : new String[] {"added", "removed", "changed"}) {
                used.add("library.compare." + what + "." + kind);
            }
        }
        Set.of("fi", "sv", "en", "fi-plain").forEach(l -> used.add("library.language." + l));
        Set.of("start", "end").forEach(a -> used.add("assessment.schedule.anchor." + a));
        Arrays.stream(Anchor.values()).forEach(a -> used.add("assessment.schedule.anchor-" + a.name().toLowerCase(Locale.ROOT)));
        Set.of("template", "region").forEach(o -> used.add("library.origin." + o));
        Translations.assertHasTexts("i18n.surveys", used);
        Translations.assertComplete("i18n.surveys");
    }
}
