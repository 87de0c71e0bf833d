package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The people of the network: members with a portal account and contacts without one. */
@Route(value = "networks/people", layout = MainLayout.class)
public class PeopleView extends NetworksView {

    private final People people;
    private final Organisations organisations;
    private final Grid<Person> grid = new Grid<>();
    private final TextField filter;

    @Inject
    public PeopleView(PortalSession session, People people, Organisations organisations) {
        super(session, "networks.people.title");
        this.people = people;
        this.organisations = organisations;
        filter = listHeader("people-filter", this::refresh, NetworkAccess.canEditAll(user(), tenant()), "networks.people.new", "new-person", () -> edit(new Person()));
        grid.setId("people-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Person::getName).setHeader(getTranslation("networks.field.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(Person::getTitle).setHeader(getTranslation("networks.field.title")).setFlexGrow(2);
        grid.addColumn(p -> p.getOrganisation() == null ? "" : p.getOrganisation().names().in(getLocale()))
                .setHeader(getTranslation("networks.field.organisation")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.getUsername() == null ? "networks.people.contact" : "networks.people.member"))
                .setHeader(getTranslation("networks.people.kind")).setFlexGrow(1);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setHeight("32rem");
        add(grid);
        refresh();
    }

    private void refresh() {
        String words = filter.getValue().toLowerCase(Locale.ROOT);
        grid.setItems(people.list(tenant()).stream().filter(p -> words.isBlank() || p.label().toLowerCase(Locale.ROOT).contains(words)).toList());
    }

    private void edit(Person person) {
        boolean editable = people.canEdit(user(), tenant(), person);
        boolean staff = NetworkAccess.canEditAll(user(), tenant());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(person.getId() == null ? getTranslation("networks.people.new") : person.getName());
        dialog.setWidth("min(40rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();
        TextField name = fields.add("name", text("networks.field.name", person.getName(), "person-name"));
        TextField title = fields.add("title", text("networks.field.title", person.getTitle(), null));
        ComboBox<Organisation> organisation = fields.add("organisation", new ComboBox<>(getTranslation("networks.field.organisation")));
        List<Organisation> all = organisations.list(tenant());
        organisation.setItems(all);
        organisation.setItemLabelGenerator(o -> o.names().in(getLocale()));
        organisation.setValue(person.getOrganisation() == null ? null
                : all.stream().filter(o -> o.getId().equals(person.getOrganisation().getId())).findFirst().orElse(null));
        organisation.setReadOnly(!staff);
        TextField email = fields.add("email", text("networks.field.email", person.getEmail(), null));
        TextField phone = fields.add("phone", text("networks.field.phone", person.getPhone(), null));
        TextField username = fields.add("username", text("networks.people.username", person.getUsername(), null));
        username.setHelperText(getTranslation("networks.people.username-help"));
        username.setReadOnly(!staff);
        FormLayout form = new FormLayout(name, title, organisation, email, phone, username);
        if (!editable) {
            form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
        }
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("kit.form.close"), e -> dialog.close()));
        if (editable) {
            saveButton(dialog, "person-save", fields, () -> {
                person.setName(name.getValue());
                person.setTitle(title.getValue());
                person.setOrganisation(organisation.getValue());
                person.setEmail(email.getValue());
                person.setPhone(phone.getValue());
                person.setUsername(username.getValue());
                if (person.getCode() == null && !name.getValue().isBlank()) {
                    person.setCode(Codes.fromName(name.getValue()));
                }
                return people.save(tenant(), user(), person);
            }, "networks.people.saved", this::refresh);
        }
        dialog.open();
    }
}
