package fi.kykyverkko.panels.tasks;

import fi.kykyverkko.kernel.guard.Finding;
import fi.kykyverkko.panels.PanelsModule;
import fi.kykyverkko.panels.ideas.IdeaOrigin;
import fi.kykyverkko.testkit.Translations;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keys made at run time by the rounds and tasks (origins, guard kinds, task states) have texts in fi/sv/en. */
class RoundsAndTasksTextsTest {

    @Test
    void everyMadeKeyHasAText() {
        Set<String> keys = new HashSet<>();
        for (IdeaOrigin o : IdeaOrigin.values()) {
            keys.add(o.labelKey());
            keys.add(o.plainKey());
        }
        for (Finding.Kind k : Finding.Kind.values()) {
            keys.add("panels.task.guard." + k.code());
        }
        for (ResidentTask.State s : ResidentTask.State.values()) {
            keys.add("panels.task.state." + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        Translations.assertHasTexts(PanelsModule.BUNDLE, keys);
    }
}
