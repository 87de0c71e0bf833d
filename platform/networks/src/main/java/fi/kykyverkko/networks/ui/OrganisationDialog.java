package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.TextListConverter;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.shell.kit.CodeField;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;

/** One organisation in a dialog, bound with Binder; read-only for those who may not edit it. */
final class OrganisationDialog extends Dialog {

    OrganisationDialog(Organisations organisations, TenantId tenant, PortalUser user, Organisation organisation, Runnable afterSave) {
        boolean editable = organisations.canEdit(user, tenant, organisation);
        setHeaderTitle(organisation.getId() == null ? getTranslation("networks.organisations.new") : organisation.names().in(getLocale()));
        setWidth("min(50rem, 95vw)");
        EntityForm<Organisation> form = new EntityForm<>();
        TextField nameFi = form.bind("nameFi", Fields.text(this, "networks.field.name-fi", "organisation-name-fi"), Organisation::getNameFi, Organisation::setNameFi);
        TextField nameSv = form.bind("nameSv", Fields.text(this, "networks.field.name-sv", null), Organisation::getNameSv, Organisation::setNameSv);
        TextField nameEn = form.bind("nameEn", Fields.text(this, "networks.field.name-en", null), Organisation::getNameEn, Organisation::setNameEn);
        ComboBox<OrganisationType> type = new ComboBox<>();
        type.setLabel(getTranslation("networks.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        form.bind("type", type, Organisation::getType, Organisation::setType);
        TextField businessId = form.bind("businessId", Fields.text(this, "networks.field.business-id", "organisation-business-id"),
                Organisation::getBusinessId, Organisation::setBusinessId);
        businessId.setHelperText(getTranslation("networks.field.business-id-help"));
        TextField email = form.bind("email", Fields.text(this, "networks.field.email", null), Organisation::getEmail, Organisation::setEmail);
        TextField phone = form.bind("phone", Fields.text(this, "networks.field.phone", null), Organisation::getPhone, Organisation::setPhone);
        TextField website = form.bind("website", Fields.text(this, "networks.field.url", null), Organisation::getWebsite, Organisation::setWebsite);
        TextField address = form.bind("address", Fields.text(this, "networks.field.address", null), Organisation::getAddress, Organisation::setAddress);
        TextField municipalities = form.bind("municipalities", Fields.text(this, "networks.catalogue.municipalities", null),
                o -> String.join("; ", o.getMunicipalities()), (o, v) -> o.setMunicipalities(TextListConverter.split(v)));
        TextField code = CodeField.bind(this, form, "networks.field.code", "networks.field.code-help", null, Organisation::getNameFi);
        form.required("nameFi", "type");
        form.read(organisation);
        FormLayout layout = new FormLayout(nameFi, nameSv, nameEn, type, businessId, email, phone, website, address, municipalities, code);
        layout.getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
        add(layout);
        FormSave.closeButton(this, null);
        if (editable) {
            FormSave.saveButton(this, "organisation-save", form, () -> CodeField.save(code, () -> organisations.save(tenant, user, form.write(organisation))),
                    "networks.organisations.saved", afterSave);
        }
    }
}
