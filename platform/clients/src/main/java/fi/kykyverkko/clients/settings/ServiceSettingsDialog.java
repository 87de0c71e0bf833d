package fi.kykyverkko.clients.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.kit.CodeField;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;

/**
 * A service of the region, new or stored: its names in three languages, its code (given once) and its caseload cap;
 * a stored one is retired or brought back here too. Only a manager opens it.
 */
final class ServiceSettingsDialog extends Dialog {

    ServiceSettingsDialog(ClientsSettings settings, TenantId tenant, PortalUser user, ClientService service, Runnable afterSave) {
        boolean fresh = service.getId() == null;
        setHeaderTitle(fresh ? getTranslation("clients.settings.services.new") : service.getName().in(getLocale()));
        setWidth("min(40rem, 95vw)");
        EntityForm<ClientService> form = new EntityForm<>();
        TextField nameFi = form.bind("nameFi", Fields.text(this, "clients.settings.field.name-fi", "service-name-fi"),
                s -> s.getName().fi(), (s, v) -> s.rename(s.getName().withFi(v)));
        TextField nameSv = form.bind("nameSv", Fields.text(this, "clients.settings.field.name-sv", "service-name-sv"),
                s -> s.getName().sv(), (s, v) -> s.rename(s.getName().withSv(v)));
        TextField nameEn = form.bind("nameEn", Fields.text(this, "clients.settings.field.name-en", "service-name-en"),
                s -> s.getName().en(), (s, v) -> s.rename(s.getName().withEn(v)));
        TextField code = CodeField.fixedOnceStored(this, form, service, "clients.settings.field.code",
                "clients.settings.field.code-help", "service-code", s -> s.getName().fi());
        IntegerField cap = form.bind("caseloadCap", new IntegerField(getTranslation("clients.settings.services.cap")),
                s -> s.getCaseloadCap().orElse(null), ClientService::capCaseloadAt);
        cap.setId("service-cap");
        cap.setMin(1);
        cap.setMax(500);
        cap.setHelperText(getTranslation("clients.settings.services.cap-help"));
        form.required("nameFi");
        form.read(service);
        add(new FormLayout(nameFi, nameSv, nameEn, code, cap));
        FormSave.closeButton(this, "service-close");
        FormSave.saveButton(this, "service-save", form, () -> CodeField.save(code,
                () -> settings.saveService(tenant, user, form.write(service))), "clients.settings.services.saved", afterSave);
        if (!fresh) {
            // retiring is undone with one click, so it needs no confirmation
            String key = service.isActive() ? "clients.settings.services.retire" : "clients.settings.services.bring-back";
            Button state = new Button(getTranslation(key), e -> {
                Object done = FormSave.save(this, form, () -> service.isActive() ? settings.retireService(tenant, user, service.getId())
                        : settings.bringBackService(tenant, user, service.getId()),
                        service.isActive() ? "clients.settings.services.retired-done" : "clients.settings.services.brought-back");
                if (done != null) {
                    close();
                    afterSave.run();
                }
            });
            state.setId("service-state");
            getFooter().add(state);
        }
    }
}
