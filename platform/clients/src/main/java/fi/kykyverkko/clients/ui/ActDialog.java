package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import java.util.function.Supplier;

/**
 * A small dialog for one business act on an episode or a client (move to a phase, end, add a source, ...): its fields,
 * each under the property name the domain's problems use, and the act. The domain's refusals show next to their
 * fields; nothing is saved until the act succeeds.
 */
final class ActDialog extends Dialog {

    private final EntityForm<Object> form = new EntityForm<>();
    private final FormLayout layout = new FormLayout();

    ActDialog(String title) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        add(layout);
    }

    /** Adds {@code field}, showing the problems of {@code property}. */
    <F extends Component & HasValidation> F field(String property, F field) {
        form.add(property, field);
        layout.add(field);
        return field;
    }

    /** Adds a component that shows no problems (a hint, a download). */
    ActDialog show(Component component) {
        layout.add(component);
        return this;
    }

    ActDialog onSave(String id, Supplier<?> act, String doneKey, Runnable after) {
        FormSave.closeButton(this, null);
        FormSave.saveButton(this, id, form, act, doneKey, after);
        return this;
    }
}
