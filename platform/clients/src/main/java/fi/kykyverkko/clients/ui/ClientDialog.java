package fi.kykyverkko.clients.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientLanguage;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.clients.ClosePerson;
import fi.kykyverkko.clients.clients.Registration;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.util.function.Consumer;

/**
 * A client's details, bound with Binder: name or a nickname at a first anonymous contact, the identity code (only at
 * registration; typed, checked and sent to the vault, never shown back), contacts, language and interpreter, and the
 * close person. A code already registered in the region opens that client instead, with a warning.
 */
final class ClientDialog extends Dialog {

    private final String[] close = new String[3];

    ClientDialog(Clients clients, TenantId tenant, PortalUser user, Client client, Consumer<Client> afterSave) {
        boolean registering = client.getId() == null;
        setHeaderTitle(registering ? getTranslation("clients.client.new") : client.displayName());
        setWidth("min(44rem, 95vw)");
        EntityForm<Client> form = new EntityForm<>();
        TextField first = form.bind("firstName", Fields.text(this, "clients.field.first-name", "client-first-name"), Client::getFirstName,
                (c, v) -> c.rename(v, c.getLastName()));
        TextField last = form.bind("lastName", Fields.text(this, "clients.field.last-name", "client-last-name"), Client::getLastName,
                (c, v) -> c.rename(c.getFirstName(), v));
        TextField nickname = form.bind("nickname", Fields.text(this, "clients.field.nickname", "client-nickname"), Client::getNickname, Client::setNickname);
        nickname.setHelperText(getTranslation("clients.field.nickname-help"));
        TextField code = form.add("identityCode", Fields.text(this, "clients.field.identity-code", "client-identity-code"));
        code.setHelperText(getTranslation("clients.field.identity-code-help"));
        code.setVisible(registering);
        // a browser must not remember identity codes for the next person at this computer
        code.getElement().setAttribute("autocomplete", "off");
        TextField phone = form.bind("phone", Fields.text(this, "clients.field.phone", "client-phone"), Client::getPhone, Client::setPhone);
        TextField email = form.bind("email", Fields.text(this, "clients.field.email", "client-email"), Client::getEmail, Client::setEmail);
        TextField address = form.bind("address", Fields.text(this, "clients.field.address", null), Client::getAddress, Client::setAddress);
        TextField municipality = form.bind("municipality", Fields.text(this, "clients.field.municipality", "client-municipality"),
                Client::getMunicipality, Client::setMunicipality);
        ComboBox<ClientLanguage> language = new ComboBox<>(getTranslation("clients.field.language"));
        language.setId("client-language");
        language.setItems(ClientLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        form.bind("language", language, Client::getLanguage, Client::setLanguage);
        TextField interpreter = form.bind("interpreterLanguage", Fields.text(this, "clients.field.interpreter", null),
                Client::getInterpreterLanguage, Client::setInterpreterLanguage);
        TextField closeName = form.bind("closeName", Fields.text(this, "clients.field.close-name", null), c -> c.getClosePerson().name(), (c, v) -> close[0] = v);
        TextField closeRelation = form.bind("closeRelation", Fields.text(this, "clients.field.close-relation", null), c -> c.getClosePerson().relation(), (c, v) -> close[1] = v);
        TextField closePhone = form.bind("closePhone", Fields.text(this, "clients.field.close-phone", null), c -> c.getClosePerson().phone(), (c, v) -> close[2] = v);
        form.onWrite(c -> c.setClosePerson(new ClosePerson(close[0], close[1], close[2])));
        form.required("language");
        form.read(client);
        add(new FormLayout(first, last, nickname, code, phone, email, address, municipality, language, interpreter, closeName, closeRelation, closePhone));
        FormSave.closeButton(this, null);
        Client[] saved = new Client[1];
        FormSave.saveButton(this, "client-save", form, () -> {
            Client written = form.write(client);
            if (!registering) {
                saved[0] = clients.update(tenant, fi.kykyverkko.clients.clients.Access.view(user, ClientsView.ROUTE), written);
                return saved[0];
            }
            IdentityCode identity = identityCode(code.getValue());
            Registration registration = clients.register(tenant, fi.kykyverkko.clients.clients.Access.view(user, ClientsView.ROUTE), written, identity);
            if (registration.duplicate()) {
                FormSave.notify(getTranslation("clients.client.duplicate", registration.client().displayName()), true);
            }
            saved[0] = registration.client();
            return saved[0];
        }, registering ? "clients.client.registered" : "clients.client.saved", () -> afterSave.accept(saved[0]));
    }

    /** The typed code, checked by the kernel's rules; the problem names the rule, never the code. */
    private static IdentityCode identityCode(String typed) {
        String text = Problems.clean(typed);
        if (text == null) {
            return null;
        }
        String problem = IdentityCode.problemWith(text);
        if (problem != null) {
            throw new InvalidInputException(new Problems().add("identityCode", problem));
        }
        return IdentityCode.parse(text);
    }
}
