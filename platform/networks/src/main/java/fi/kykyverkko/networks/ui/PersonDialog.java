package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.List;

/** One person in a dialog, bound with Binder; only staff change a person's organisation and account link. */
final class PersonDialog extends Dialog {

    PersonDialog(People people, Organisations organisations, TenantId tenant, PortalUser user, Person person, Runnable afterSave) {
        boolean editable = people.canEdit(user, tenant, person);
        boolean staff = NetworkAccess.canEditAll(user, tenant);
        setHeaderTitle(person.getId() == null ? getTranslation("networks.people.new") : person.getName());
        setWidth("min(40rem, 95vw)");
        EntityForm<Person> form = new EntityForm<>();
        TextField name = form.bind("name", Fields.text(this, "networks.field.name", "person-name"), Person::getName, Person::setName);
        TextField title = form.bind("title", Fields.text(this, "networks.field.title", null), Person::getTitle, Person::setTitle);
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("networks.field.organisation"));
        List<Organisation> all = organisations.list(tenant);
        organisation.setItems(all);
        organisation.setItemLabelGenerator(o -> o.names().in(getLocale()));
        organisation.setReadOnly(!staff);
        // the list holds other instances of the same rows: match by id
        form.bind("organisation", organisation, p -> p.getOrganisation() == null ? null
                : all.stream().filter(o -> o.getId().equals(p.getOrganisation().getId())).findFirst().orElse(null), Person::setOrganisation);
        TextField email = form.bind("email", Fields.text(this, "networks.field.email", null), Person::getEmail, Person::setEmail);
        TextField phone = form.bind("phone", Fields.text(this, "networks.field.phone", null), Person::getPhone, Person::setPhone);
        TextField username = form.bind("username", Fields.text(this, "networks.people.username", null), Person::getUsername, Person::setUsername);
        username.setHelperText(getTranslation("networks.people.username-help"));
        username.setReadOnly(!staff);
        form.onWrite(p -> {
            if (p.getCode() == null && p.getName() != null) {
                p.setCode(Codes.fromName(p.getName()));
            }
        });
        form.required("name");
        form.read(person);
        FormLayout layout = new FormLayout(name, title, organisation, email, phone, username);
        if (!editable) {
            layout.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
        }
        add(layout);
        FormSave.closeButton(this, null);
        if (editable) {
            FormSave.saveButton(this, "person-save", form, () -> people.save(tenant, user, form.write(person)), "networks.people.saved", afterSave);
        }
    }
}
