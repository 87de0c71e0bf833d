package fi.kykyverkko.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.mail.MailTemplates;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.member.MemberTexts;
import fi.kykyverkko.testkit.Translations;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the module in Finnish, Swedish and English; every key the code names has one; plain Finnish is simpler Finnish. */
class TranslationsTest {

    @Test
    void theThreeLanguagesHaveTheSameKeysAndValidPatterns() {
        Translations.assertComplete(PanelsModule.BUNDLE);
        Translations.assertComplete("i18n.panels-mail");
    }

    @Test
    void everyKeyInTheCodeHasAText() {
        Set<String> used = Translations.keysUsedIn(Path.of("src/main/java"),
                Pattern.compile("\"(panels\\.(?!idea-changed\"|welcome\")[a-z0-9-]+(?:\\.[a-zA-Z0-9-]+)+)\""));
        assertTrue(used.size() > 80, "the keys in the code were not found: " + used);
        Set<String> keys = new HashSet<>(used);
        for (IdeaStatus s : IdeaStatus.values()) {
            keys.add(s.labelKey());
            keys.add(s.plainKey());
        }
        for (var s : fi.kykyverkko.panels.panel.StepKind.values()) {
            keys.add(s.labelKey());
        }
        for (var s : fi.kykyverkko.panels.meeting.MeetingStatus.values()) {
            keys.add(s.labelKey());
        }
        for (var s : fi.kykyverkko.panels.panel.FacilitatorRole.values()) {
            keys.add(s.labelKey());
        }
        for (var s : fi.kykyverkko.panels.memos.MemoState.values()) {
            keys.add(s.labelKey());
        }
        for (String l : fi.kykyverkko.panels.panel.Panelist.LANGUAGES) {
            keys.add("panels.language." + l);
        }
        keys.removeIf(k -> k.endsWith("."));
        Translations.assertHasTexts(PanelsModule.BUNDLE, keys);
    }

    @Test
    void plainFinnishOnlySimplifiesKeysOfTheFinnishBundleAndEveryStatusIsSaidPlainly() {
        ResourceBundle plain = ResourceBundle.getBundle("i18n.panels-plain", java.util.Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle fi = ResourceBundle.getBundle("i18n.panels", java.util.Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : plain.keySet()) {
            assertTrue(fi.containsKey(key), key + " is not a key of the Finnish bundle");
        }
        MemberTexts t = new MemberTexts("fi-plain");
        assertEquals("Tämä on tehty.", t.get(IdeaStatus.DONE.plainKey()));
        assertEquals("Tätä selvitetään.", t.get(IdeaStatus.LOOKED_INTO.plainKey()));
        assertEquals("Idea on toteutettu", new MemberTexts("fi").get(IdeaStatus.DONE.plainKey()));
        assertEquals("Idén är genomförd", new MemberTexts("sv").get(IdeaStatus.DONE.plainKey()));
        assertEquals("Valmis 60 %", t.get("panels.member.progress", 60));
    }

    @Test
    void theMailTemplatesRenderInEveryLanguage() {
        // static renderer
        for (String lang : new String[]{"fi", "sv", "en"}) {
            var welcome = MailTemplates.render("panels.welcome", lang, "Aino", "Raati", "http://x/l/lappi/t", "Lappi");
            assertTrue(welcome.body().contains("http://x/l/lappi/t"), welcome.body());
            var changed = MailTemplates.render("panels.idea-changed", lang, "Aino", "Vertaistuki", "Tämä on tehty.", 100, "http://x/l/lappi/t", "Lappi");
            assertTrue(changed.body().contains("Vertaistuki") && changed.body().contains("100"), changed.body());
            assertTrue(!changed.body().contains("{"), "every parameter filled: " + changed.body());
            var memo = MailTemplates.render("panels.memo-open", lang, "Aino", "Raati", "4.12.2026", "http://x/l/lappi/t", "Lappi");
            assertTrue(memo.subject().contains("Raati") && memo.body().contains("4.12.2026") && memo.body().contains("http://x/l/lappi/t"), memo.body());
            assertTrue(!memo.body().contains("{") && !memo.body().contains("''"), "every parameter filled, apostrophes single: " + memo.body());
        }
    }
}
