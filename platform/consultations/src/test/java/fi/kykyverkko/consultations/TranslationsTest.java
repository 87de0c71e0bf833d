package fi.kykyverkko.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.mail.MailTemplates;
import fi.kykyverkko.testkit.Translations;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text of the module in Finnish, Swedish and English; every key the code names has one; the mail templates render. */
class TranslationsTest {

    @Test
    void theThreeLanguagesHaveTheSameKeysAndValidPatterns() {
        Translations.assertComplete(ConsultationsModule.BUNDLE);
        Translations.assertComplete("i18n.consultations-mail");
    }

    @Test
    void everyKeyInTheCodeHasAText() {
        Set<String> used = Translations.keysUsedIn(Path.of("src/main/java"),
                Pattern.compile("\"(consultations\\.(?!booked\"|cancelled\"|released\"|expert-reminder\"|asker-reminder\")[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\""));
        assertTrue(used.size() > 80, "the keys in the code were not found: " + used);
        Translations.assertHasTexts(ConsultationsModule.BUNDLE, used);
    }

    @Test
    void everyLabelledChoiceHasAText() {
        Set<String> keys = new java.util.HashSet<>();
        for (var r : fi.kykyverkko.consultations.booking.Reason.values()) {
            keys.add(r.labelKey());
        }
        for (var o : fi.kykyverkko.consultations.booking.Outcome.values()) {
            keys.add(o.labelKey());
        }
        for (var r : fi.kykyverkko.consultations.series.Recurrence.values()) {
            keys.add(r.labelKey());
        }
        for (var s : fi.kykyverkko.consultations.sessions.SessionState.values()) {
            keys.add(s.labelKey());
        }
        assertEquals(7 + 5 + 3 + 3, keys.size());
        Translations.assertHasTexts(ConsultationsModule.BUNDLE, keys);
    }

    @Test
    void theMailTemplatesRenderInEveryLanguageWithoutTheCaseText() {
        for (String language : MailTemplates.LANGUAGES) {
            var booked = MailTemplates.render("consultations.booked", language, "Konsultaatiotunti", "to 10.12.2026 klo 14.00–15.00", "2",
                    "ke 9.12.2026 klo 12.00", "Teams", "Lappi");
            assertTrue(booked.body().contains("2") && booked.body().contains("Teams"), booked.body());
            var released = MailTemplates.render("consultations.released", language, "Sari", "Konsultaatiotunti", "to 10.12.2026", "Lappi");
            assertTrue(released.subject().contains("Konsultaatiotunti"), released.subject());
        }
    }
}
