package fi.kykyverkko.clients.settings;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.kit.CodeField;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;

/** A phase of the region, new (placed before "ended") or stored (renamed; its code stays). Only a manager opens it. */
final class PhaseSettingsDialog extends Dialog {

    PhaseSettingsDialog(ClientsSettings settings, TenantId tenant, PortalUser user, Phase phase, Runnable afterSave) {
        setHeaderTitle(phase.getId() == null ? getTranslation("clients.settings.phases.new") : phase.getName().in(getLocale()));
        setWidth("min(40rem, 95vw)");
        EntityForm<Phase> form = new EntityForm<>();
        TextField nameFi = form.bind("nameFi", Fields.text(this, "clients.settings.field.name-fi", "phase-name-fi"),
                p -> p.getName().fi(), (p, v) -> p.rename(p.getName().withFi(v)));
        TextField nameSv = form.bind("nameSv", Fields.text(this, "clients.settings.field.name-sv", "phase-name-sv"),
                p -> p.getName().sv(), (p, v) -> p.rename(p.getName().withSv(v)));
        TextField nameEn = form.bind("nameEn", Fields.text(this, "clients.settings.field.name-en", "phase-name-en"),
                p -> p.getName().en(), (p, v) -> p.rename(p.getName().withEn(v)));
        TextField code = CodeField.fixedOnceStored(this, form, phase, "clients.settings.field.code",
                "clients.settings.field.code-help", "phase-code", p -> p.getName().fi());
        form.required("nameFi");
        form.read(phase);
        add(new FormLayout(nameFi, nameSv, nameEn, code));
        FormSave.closeButton(this, "phase-close");
        FormSave.saveButton(this, "phase-save", form, () -> CodeField.save(code,
                () -> settings.savePhase(tenant, user, form.write(phase))), "clients.settings.phases.saved", afterSave);
    }
}
