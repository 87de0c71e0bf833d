package fi.kykyverkko.employerguide;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.ShellTestKit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The guide as the region's staff meet it: readers see published sections, the employer liaison writes them. */
class EmployerGuideViewTest {

    /** The guide of one region in memory; the permission rule is the real one. */
    static final class GuideInMemory extends EmployerGuide {
        final List<GuideSection> sections = new ArrayList<>();

        @Override
        public List<GuideSection> published(TenantId tenant) {
            return sections.stream().filter(GuideSection::isPublished).toList();
        }

        @Override
        public List<GuideSection> sectionsFor(PortalUser reader, TenantId tenant) {
            return (canEdit(reader, tenant) ? sections.stream() : published(tenant).stream())
                    .sorted(Comparator.comparingInt(GuideSection::getPosition)).toList();
        }

        @Override
        public Optional<GuideSection> section(TenantId tenant, String code) {
            return sections.stream().filter(s -> s.getCode().equals(code)).findFirst();
        }

        @Override
        public GuideSection save(PortalUser editor, TenantId tenant, GuideSection section) {
            if (!canEdit(editor, tenant)) {
                throw new SecurityException("not an editor");
            }
            section.check().throwIfAny();
            if (!sections.contains(section)) {
                sections.add(section);
            }
            return section;
        }
    }

    private final GuideInMemory guide = new GuideInMemory();
    private final ShellTestKit kit = new ShellTestKit(new EmployerGuideModule()).bean(EmployerGuide.class, guide);

    EmployerGuideViewTest() {
        GuideSection published = new GuideSection("palkkatuki", 1, MultilingualText.finnish("Palkkatuki"),
                MultilingualText.finnish("Tuki palkkakustannuksiin.\n\nHae ennen työsuhteen alkua."));
        published.publish();
        guide.sections.add(published);
        guide.sections.add(new GuideSection("luonnos", 2, MultilingualText.finnish("Kokemuksia"), MultilingualText.finnish("Kesken.")));
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    private int openAs(String roleGroup) {
        kit.signIn("liisa", "Liisa Lindqvist", List.of(roleGroup), List.of()).start();
        return kit.open(roleGroup.split("/")[2] + "/employer-guide"); // the region of "/tenants/<region>/<role>"
    }

    @Test
    void aRegionWithoutThePluginAnswersNotFound() {
        assertEquals(404, openAs("/tenants/lappi/professional"), "Lappi has not switched the guide on in the kit");
    }

    @Test
    void aReaderSeesThePublishedSectionsOnlyAndNoEditing() {
        kit.enable(ShellTestKit.LAPPI, EmployerGuideModule.ID);
        assertEquals(200, openAs("/tenants/lappi/professional"));
        Div sections = _get(Div.class, spec -> spec.withId("guide-sections"));
        assertEquals(List.of("Palkkatuki"), _find(sections, H3.class).stream().map(H3::getText).toList());
        assertEquals(2, _find(_get(Div.class, spec -> spec.withId("guide-section-palkkatuki")), com.vaadin.flow.component.html.Paragraph.class).size(),
                "two paragraphs, split at the blank line");
        _assertNone(Button.class, spec -> spec.withId("guide-new"));
        _assertNone(Button.class, spec -> spec.withId("guide-edit-palkkatuki"));
    }

    @Test
    void theEmployerLiaisonSeesDraftsAndPublishesANewSection() {
        kit.enable(ShellTestKit.LAPPI, EmployerGuideModule.ID);
        assertEquals(200, openAs("/tenants/lappi/" + EmployerGuideModule.EDITOR));
        assertEquals(List.of("Palkkatuki", "Kokemuksia"),
                _find(_get(Div.class, spec -> spec.withId("guide-sections")), H3.class).stream().map(H3::getText).toList());

        _click(_get(Button.class, spec -> spec.withId("guide-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("guide-code")), "tyokokeilu");
        _setValue(_get(TextField.class, spec -> spec.withId("guide-title-fi")), "Työkokeilu");
        _setValue(_get(TextArea.class, spec -> spec.withId("guide-body-fi")), "Kokeile työtä ilman työsuhdetta.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("guide-published")), true);
        _click(_get(Button.class, spec -> spec.withId("guide-save")));

        GuideSection saved = guide.section(ShellTestKit.LAPPI, "tyokokeilu").orElseThrow();
        assertTrue(saved.isPublished());
        assertEquals("Työkokeilu", saved.getTitle().fi());
        _get(Div.class, spec -> spec.withId("guide-section-tyokokeilu"));
    }

    @Test
    void everyProblemOfTheFormShowsInFinnishAndNothingIsSaved() {
        kit.enable(ShellTestKit.LAPPI, EmployerGuideModule.ID);
        openAs("/tenants/lappi/" + EmployerGuideModule.EDITOR);
        _click(_get(Button.class, spec -> spec.withId("guide-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("guide-code")), "Väärä Tunnus");
        _click(_get(Button.class, spec -> spec.withId("guide-save")));

        TextField code = _get(TextField.class, spec -> spec.withId("guide-code"));
        TextField title = _get(TextField.class, spec -> spec.withId("guide-title-fi"));
        TextArea body = _get(TextArea.class, spec -> spec.withId("guide-body-fi"));
        assertTrue(code.isInvalid() && title.isInvalid() && body.isInvalid(), "code, title and text are all marked at once");
        assertEquals("Pakollinen tieto.", title.getErrorMessage());
        assertFalse(code.getErrorMessage().isBlank());
        assertEquals("Väärä Tunnus", code.getValue(), "what was typed stays");
        assertEquals(2, guide.sections.size());
    }

    @Test
    void everyTextIsInFinnishSwedishAndEnglish() {
        fi.kykyverkko.testkit.Translations.assertComplete(EmployerGuideModule.BUNDLE);
    }
}
