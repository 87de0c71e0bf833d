package fi.kykyverkko.employerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A section guards its own rules when it is written, and reaches employers only when published. */
class GuideSectionTest {

    private static final MultilingualText TITLE = MultilingualText.finnish("Palkkatuki");
    private static final MultilingualText BODY = MultilingualText.finnish("Tuki palkkauskustannuksiin.");

    private static Set<String> fields(InvalidInputException e) {
        return e.problems().list().stream().map(Problems.Problem::field).collect(Collectors.toSet());
    }

    @Test
    void aNewSectionIsADraft() {
        GuideSection section = new GuideSection("palkkatuki", 2, TITLE, BODY);
        assertFalse(section.isPublished());
        section.publish();
        assertTrue(section.isPublished());
        section.withdraw();
        assertFalse(section.isPublished());
        assertEquals(2, section.getPosition());
    }

    @Test
    void everyProblemOfANewSectionIsReportedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new GuideSection("Palkka Tuki", -1, MultilingualText.EMPTY, MultilingualText.EMPTY));
        assertEquals(Set.of("code", "position", "titleFi", "bodyFi"), fields(refused));
    }

    @Test
    void rewritingRefusesAMissingFinnishTextAndKeepsTheOldOne() {
        GuideSection section = new GuideSection("palkkatuki", 0, TITLE, BODY);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> section.rewrite(MultilingualText.of(null, "Lönesubvention", null), BODY, "x".repeat(301)));
        assertEquals(Set.of("titleFi", "contact"), fields(refused));
        assertEquals("Palkkatuki", section.getTitle().fi(), "a refused rewrite changes nothing");
    }

    @Test
    void aSectionCannotMoveOutsideTheGuide() {
        GuideSection section = new GuideSection("palkkatuki", 0, TITLE, BODY);
        assertThrows(InvalidInputException.class, () -> section.moveTo(1000));
        assertEquals(0, section.getPosition());
        section.moveTo(5);
        assertEquals(5, section.getPosition());
    }

    @Test
    void aSectionIsInTheReadersLanguageOnlyWhenBothItsTitleAndTextAre() {
        GuideSection section = new GuideSection("palkkatuki", 0, MultilingualText.of("Palkkatuki", "Lönesubvention", null),
                MultilingualText.of("Teksti.", null, null));
        assertTrue(GuideTexts.hasLanguage(section, Locale.forLanguageTag("fi")));
        assertFalse(GuideTexts.hasLanguage(section, Locale.forLanguageTag("sv")), "Swedish title but Finnish text is a mix");
        assertFalse(GuideTexts.hasLanguage(section, Locale.forLanguageTag("en")));
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        assertEquals(List.of("Eka rivi\njatkuu.", "Toinen kappale."), GuideTexts.paragraphs("Eka rivi\njatkuu.\n\n  \nToinen kappale.\n"));
        assertEquals(List.of(), GuideTexts.paragraphs(null));
    }

    @Test
    void theDemoGuideReadsAsSectionsWithTheirState() throws Exception {
        try (var in = GuideSectionTest.class.getClassLoader().getResourceAsStream("demo/employer-guide/lappi/sections.json")) {
            var array = jakarta.json.Json.createReader(in).readArray();
            List<GuideSection> sections = array.stream().map(v -> GuideDemoData.section(v.asJsonObject())).toList();
            assertEquals(7, sections.size());
            assertEquals(6, sections.stream().filter(GuideSection::isPublished).count(), "one draft stays unpublished");
            assertTrue(sections.stream().allMatch(s -> s.check().isEmpty()));
        }
    }
}
