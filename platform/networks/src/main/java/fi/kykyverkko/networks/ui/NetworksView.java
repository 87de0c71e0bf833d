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

    /** The active region, for this module's dialogs. */
    fi.kykyverkko.kernel.tenancy.TenantId region() {
        return tenant();
    }

    /** The person, for this module's dialogs. */
    fi.kykyverkko.kernel.identity.PortalUser person() {
        return user();
    }

    /** The person's language (public, for forms in dialogs). */
    public java.util.Locale language() {
        return getLocale();
    }

    <R> R save(EntityForm<?> form, Supplier<R> action, String doneKey) {
        return FormSave.save(this, form, action, doneKey);
    }

    Button saveButton(Dialog dialog, String id, EntityForm<?> form, Supplier<?> action, String doneKey, Runnable afterSave) {
        return FormSave.saveButton(dialog, id, form, action, doneKey, afterSave);
    }

    TextField text(String labelKey, String value, String id) {
        TextField field = Fields.text(this, labelKey, id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    TextArea area(String labelKey, String value, String id) {
        TextArea field = Fields.area(this, labelKey, id);
        field.setValue(value == null ? "" : value);
        return field;
    }
}
