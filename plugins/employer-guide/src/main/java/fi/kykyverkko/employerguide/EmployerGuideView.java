package fi.kykyverkko.employerguide;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The region's employer guide as its staff read it; the employer liaison and admins also write, order and
 * publish sections here. Employers read the published sections on the public page this view links to.
 */
@Route(value = "employer-guide", layout = MainLayout.class)
public class EmployerGuideView extends PortalView {

    private final EmployerGuide guide;
    private final Div sections = new Div();
    private final boolean editor;

    @Inject
    public EmployerGuideView(PortalSession session, EmployerGuide guide) {
        super(session, "guide.title");
        this.guide = guide;
        this.editor = EmployerGuide.canEdit(user(), tenant());
        add(new Paragraph(getTranslation(editor ? "guide.intro.editor" : "guide.intro.reader")));
        Anchor publicPage = new Anchor("public/" + tenant().value() + "/" + PublicGuidePage.NAME + "?lang=" + getLocale().getLanguage(),
                getTranslation("guide.open-public"));
        publicPage.setId("guide-public-link");
        publicPage.setTarget("_blank");
        add(publicPage);
        if (editor) {
            Button create = new Button(getTranslation("guide.new"), e -> edit(null));
            create.setId("guide-new");
            add(create);
        }
        sections.setId("guide-sections");
        sections.setWidthFull();
        add(sections);
        refresh();
    }

    private void refresh() {
        sections.removeAll();
        List<GuideSection> shown = guide.sectionsFor(user(), tenant());
        if (shown.isEmpty()) {
            sections.add(new Paragraph(getTranslation("guide.empty")));
        }
        shown.forEach(s -> sections.add(card(s)));
    }

    /** A section as a card: title, state for editors, paragraphs, contact, and the edit button. */
    private Div card(GuideSection section) {
        Div card = new Div();
        card.setId("guide-section-" + section.getCode());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
        H3 title = new H3(section.getTitle().in(getLocale()));
        card.add(title);
        if (editor) {
            Span state = new Span(getTranslation(section.isPublished() ? "guide.state.published" : "guide.state.draft"));
            state.getElement().getThemeList().add(section.isPublished() ? "badge success" : "badge contrast");
            card.add(state);
        }
        GuideTexts.paragraphs(section.getBody().in(getLocale())).forEach(p -> card.add(new Paragraph(p)));
        if (section.getContact() != null) {
            card.add(new Paragraph(getTranslation("guide.contact") + ": " + section.getContact()));
        }
        if (editor) {
            Button edit = new Button(getTranslation("guide.edit"), e -> edit(section));
            edit.setId("guide-edit-" + section.getCode());
            card.add(edit);
        }
        return card;
    }

    private void edit(GuideSection section) {
        new GuideSectionDialog(section, saved -> guide.save(user(), tenant(), saved), this::refresh).open();
    }
}
