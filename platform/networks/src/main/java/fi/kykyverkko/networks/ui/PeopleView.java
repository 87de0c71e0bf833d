package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.Locale;

/** The people of the network: members with a portal account and contacts without one. */
@Route(value = "networks/people", layout = MainLayout.class)
public class PeopleView extends PortalView {

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
        new PersonDialog(people, organisations, tenant(), user(), person, this::refresh).open();
    }
}
