package fi.kykyverkko.employerguide;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.function.UnaryOperator;

/**
 * Writes one section: code (new sections only), place, title and text in three languages, contact, and whether
 * employers see it. Every problem shows next to its field; what was typed stays until it is saved.
 */
class GuideSectionDialog extends Dialog {

    /** The form's values, bound with Vaadin's Binder and turned into the section's business acts on save. */
    static final class Draft {
        String code;
        Integer position;
        String titleFi, titleSv, titleEn, bodyFi, bodySv, bodyEn, contact;
        boolean published;
    }

    private final EntityForm<Draft> form = new EntityForm<>();

    GuideSectionDialog(GuideSection section, UnaryOperator<GuideSection> save, Runnable afterSave) {
        setHeaderTitle(getTranslation(section == null ? "guide.new" : "guide.edit"));
        setWidth("min(48rem, 95vw)");
        Draft draft = draftOf(section);
        TextField code = form.bind("code", Fields.text(this, "guide.field.code", "guide-code"), d -> d.code, (d, v) -> d.code = v);
        code.setHelperText(getTranslation("guide.field.code-help"));
        code.setReadOnly(section != null);
        code.setRequiredIndicatorVisible(true);
        IntegerField position = form.bind("position", new IntegerField(getTranslation("guide.field.position")),
                d -> d.position, (d, v) -> d.position = v);
        position.setId("guide-position");
        TextField titleFi = form.bind("titleFi", Fields.text(this, "guide.field.title-fi", "guide-title-fi"), d -> d.titleFi, (d, v) -> d.titleFi = v);
        titleFi.setRequiredIndicatorVisible(true);
        TextField titleSv = form.bind("titleSv", Fields.text(this, "guide.field.title-sv", "guide-title-sv"), d -> d.titleSv, (d, v) -> d.titleSv = v);
        TextField titleEn = form.bind("titleEn", Fields.text(this, "guide.field.title-en", "guide-title-en"), d -> d.titleEn, (d, v) -> d.titleEn = v);
        TextArea bodyFi = form.bind("bodyFi", Fields.area(this, "guide.field.body-fi", "guide-body-fi"), d -> d.bodyFi, (d, v) -> d.bodyFi = v);
        bodyFi.setRequiredIndicatorVisible(true);
        TextArea bodySv = form.bind("bodySv", Fields.area(this, "guide.field.body-sv", "guide-body-sv"), d -> d.bodySv, (d, v) -> d.bodySv = v);
        TextArea bodyEn = form.bind("bodyEn", Fields.area(this, "guide.field.body-en", "guide-body-en"), d -> d.bodyEn, (d, v) -> d.bodyEn = v);
        TextField contact = form.bind("contact", Fields.text(this, "guide.contact", "guide-contact"), d -> d.contact, (d, v) -> d.contact = v);
        Checkbox published = new Checkbox(getTranslation("guide.field.published"));
        published.setId("guide-published");
        form.binder().forField(published).bind(d -> d.published, (d, v) -> d.published = v);
        form.read(draft);
        FormLayout layout = new FormLayout(code, position, titleFi, bodyFi, titleSv, bodySv, titleEn, bodyEn, contact, published);
        layout.setColspan(bodyFi, 2);
        layout.setColspan(bodySv, 2);
        layout.setColspan(bodyEn, 2);
        add(layout);
        FormSave.saveButton(this, "guide-save", form, () -> save.apply(apply(form.write(draft), section)), "guide.saved", afterSave);
        FormSave.closeButton(this, null);
    }

    private static Draft draftOf(GuideSection s) {
        Draft d = new Draft();
        d.position = 0;
        if (s != null) {
            d.code = s.getCode();
            d.position = s.getPosition();
            d.titleFi = s.getTitle().fi();
            d.titleSv = s.getTitle().sv();
            d.titleEn = s.getTitle().en();
            d.bodyFi = s.getBody().fi();
            d.bodySv = s.getBody().sv();
            d.bodyEn = s.getBody().en();
            d.contact = s.getContact();
            d.published = s.isPublished();
        }
        return d;
    }

    /** The form's values as the section's business acts: rewrite, move, publish or withdraw. */
    static GuideSection apply(Draft d, GuideSection existing) {
        MultilingualText title = MultilingualText.of(d.titleFi, d.titleSv, d.titleEn);
        MultilingualText body = MultilingualText.of(d.bodyFi, d.bodySv, d.bodyEn);
        int position = d.position == null ? 0 : d.position;
        GuideSection section = existing == null ? new GuideSection(d.code, position, title, body) : existing;
        Problems problems = new Problems();
        problems.attempt(() -> section.moveTo(position));
        problems.attempt(() -> section.rewrite(title, body, d.contact));
        problems.throwIfAny();
        if (d.published) {
            section.publish();
        } else {
            section.withdraw();
        }
        return section;
    }
}
