package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.security.PortalSession;
import java.util.function.Supplier;

/**
 * The networks module's views: the shell's {@link PortalView} (region, person, heading, list header) and its
 * one way to save ({@link FormSave}); only shorthands for fields with a value are added here.
 */
abstract class NetworksView extends PortalView {

    NetworksView(PortalSession session, String titleKey) {
        super(session, titleKey);
    }

    /** The person's language (public, for forms in dialogs). */
    public java.util.Locale language() {
        return getLocale();
    }

    protected <R> R save(EntityForm<?> form, Supplier<R> action, String doneKey) {
        return FormSave.save(this, form, action, doneKey);
    }

    protected Button saveButton(Dialog dialog, String id, EntityForm<?> form, Supplier<?> action, String doneKey, Runnable afterSave) {
        return FormSave.saveButton(dialog, id, form, action, doneKey, afterSave);
    }

    protected TextField text(String labelKey, String value, String id) {
        TextField field = Fields.text(this, labelKey, id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    protected TextArea area(String labelKey, String value, String id) {
        TextArea field = Fields.area(this, labelKey, id);
        field.setValue(value == null ? "" : value);
        return field;
    }
}
