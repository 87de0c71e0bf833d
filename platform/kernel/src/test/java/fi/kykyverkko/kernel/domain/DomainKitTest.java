package fi.kykyverkko.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The kernel's domain kit: Problems, Labelled, Finnish collation, MultilingualText. */
class DomainKitTest {

    enum Colour implements Labelled {
        RED, GREEN;

        @Override
        public String labelKey() {
            return "colour." + name();
        }
    }

    private static ResourceBundle texts(Locale language) {
        Object[][] fi = {{"colour.RED", "Punainen"}, {"colour.GREEN", "Vihreä"}};
        Object[][] sv = {{"colour.RED", "Röd"}, {"colour.GREEN", "Grön"}};
        Object[][] en = {{"colour.RED", "Red"}, {"colour.GREEN", "Green"}};
        Object[][] chosen = switch (language.getLanguage()) { case "sv" -> sv; case "en" -> en; default -> fi; };
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return chosen;
            }
        };
    }

    @Test
    void unicodeSpaceIsBlankAndLengthsCountCharacters() {
        assertNull(Problems.clean("\u00a0"), "a no-break space alone is no name");
        assertNull(Problems.clean(" \u200b\u3000\ufeff "));
        assertEquals("Sámi", Problems.clean("\u00a0Sámi\u2009"));
        assertEquals("a\u00a0b", Problems.clean("a\u00a0b"), "inside a name it stays");
        String emoji = "\uD83D\uDE00".repeat(10); // 10 characters, 20 UTF-16 units
        assertTrue(new Problems().maxLength("name", emoji, 10).isEmpty());
        assertFalse(new Problems().maxLength("name", emoji + "x", 10).isEmpty());
    }

    @Test
    void problemsCollectEveryRuleAndEveryRefusedSetter() {
        Problems problems = new Problems().required("name", " ").maxLength("title", "x".repeat(6), 5).email("email", "a.fi")
                .url("website", "javascript:alert(1)").code("code", "Iso Koodi");
        assertTrue(problems.attempt(() -> { }));
        assertFalse(problems.attempt(() -> Problems.refuse("businessId", "x.bad")));
        assertEquals(List.of("name:validation.required", "title:validation.too-long", "email:validation.email", "website:validation.url",
                "code:validation.code", "businessId:x.bad"), problems.list().stream().map(p -> p.field() + ":" + p.key()).toList());
        InvalidInputException thrown = assertThrows(InvalidInputException.class, problems::throwIfAny);
        assertEquals(6, thrown.problems().list().size());
        assertEquals("Enintään 5 merkkiä.", problems.of("title").get(0).text(Locale.forLanguageTag("fi")));
        assertEquals("At most 5 characters.", problems.of("title").get(0).text(Locale.forLanguageTag("en")));
        assertNull(Problems.clean("   "));
    }

    @Test
    void timeAndPlaceNeedsTheEndAfterTheStart() {
        java.time.Instant now = java.time.Instant.now();
        assertEquals(List.of("endsAt"), new Problems().timeAndPlace(now, now, "Kemi", null).list().stream().map(Problems.Problem::field).toList());
        assertTrue(new Problems().timeAndPlace(now, now.plusSeconds(60), "Kemi", null).isEmpty());
    }

    @Test
    void labelledReadsNamesAndLabelsInEveryLanguage() {
        assertEquals(Optional.of(Colour.GREEN), Labelled.parse(Colour.class, "grön", DomainKitTest::texts));
        assertEquals(Optional.of(Colour.GREEN), Labelled.parse(Colour.class, " VIHREÄ ", DomainKitTest::texts));
        assertEquals(Optional.of(Colour.RED), Labelled.parse(Colour.class, "red", DomainKitTest::texts));
        assertEquals(Optional.empty(), Labelled.parse(Colour.class, "blue", DomainKitTest::texts));
        assertEquals("Punainen", Labelled.finnish(Colour.RED, DomainKitTest::texts));
    }

    @Test
    void finnishCollationPutsÅÄÖAfterZ() {
        List<String> names = java.util.Arrays.asList("Östersund", "Ähtäri", "Zeta", "Åland", "Aava", null);
        assertEquals(List.of("", "Aava", "Zeta", "Åland", "Ähtäri", "Östersund"),
                FinnishCollation.sort(names, n -> n).stream().map(n -> n == null ? "" : n).toList());
        assertTrue(FinnishCollation.ORDER.compare("Ö", "Z") > 0);
    }

    @Test
    void multilingualTextCleansFallsBackToFinnishAndChecks() {
        MultilingualText text = MultilingualText.of(" Kela ", " ", null);
        assertEquals("Kela", text.fi());
        assertNull(text.sv());
        assertEquals("Kela", text.in(Locale.forLanguageTag("sv")));
        assertEquals("FPA", text.withSv("FPA").in(Locale.forLanguageTag("sv-FI")));
        assertEquals(MultilingualText.of("Kela", null, null), text);
        assertEquals(List.of("nameFi"), MultilingualText.EMPTY.check(new Problems(), "name", true, 10).list().stream().map(Problems.Problem::field).toList());
        assertEquals(List.of("nameEn"), text.withEn("x".repeat(11)).check(new Problems(), "name", true, 10).list().stream().map(Problems.Problem::field).toList());
    }

    @Test
    void textListsSplitOnSemicolonsAndCommas() {
        assertEquals(List.of("Rovaniemi", "Kemi"), TextListConverter.split(" Rovaniemi; Kemi,Rovaniemi ;"));
        assertEquals("Rovaniemi;Kemi", new TextListConverter().convertToDatabaseColumn(List.of("Rovaniemi", "Kemi")));
    }
}
