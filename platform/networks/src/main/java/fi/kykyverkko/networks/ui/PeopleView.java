package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.identity.TenantMembers;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The people of the network: members with a portal account, shown with the roles they really hold in the region
 * (a manager is "esihenkilö", not a network member), and contacts without one.
 */
@Route(value = "networks/people", layout = MainLayout.class)
public class PeopleView extends PortalView {

    private static final Logger LOG = Logger.getLogger(PeopleView.class.getName());

    private final People people;
    private final Organisations organisations;
    private final StackedTable<Person> list = new StackedTable<>("people-list");
    private final TextField filter;
    /** Portal roles by username, from Keycloak; null when it could not be asked. */
    private final Map<String, Set<String>> roles;

    @Inject
    public PeopleView(PortalSession session, People people, Organisations organisations, TenantMembers members, ModuleRegistry modules) {
        super(session, "networks.people.title");
        this.people = people;
        this.organisations = organisations;
        this.roles = rolesOf(members);
        filter = listHeader("people-filter", this::refresh, NetworkAccess.canEditAll(user(), tenant()), "networks.people.new", "new-person", () -> edit(new Person()));
        list.component(getTranslation("networks.field.name"), p -> StackedTable.opener(p.getName(), () -> edit(p)))
                .text(getTranslation("networks.field.title"), Person::getTitle)
                .text(getTranslation("networks.field.organisation"), p -> p.getOrganisation() == null ? "" : p.getOrganisation().names().in(getLocale()))
                .breakingText(getTranslation("networks.field.email"), Person::getEmail)
                .text(getTranslation("networks.people.kind"), p -> inThePortal(p, modules))
                .whenEmpty(getTranslation("networks.people.none"));
        add(list);
        refresh();
    }

    /** Who someone is in the portal: their roles in this region, or a contact without an account. */
    private String inThePortal(Person person, ModuleRegistry modules) {
        if (person.getUsername() == null) {
            return getTranslation("networks.people.contact");
        }
        if (roles == null) {
            return getTranslation("networks.people.has-account");
        }
        Set<String> held = roles.getOrDefault(person.getUsername(), Set.of());
        return held.isEmpty() ? getTranslation("networks.people.no-role")
                : held.stream().map(r -> modules.roleLabel(r, getLocale())).sorted().collect(Collectors.joining(", "));
    }

    private Map<String, Set<String>> rolesOf(TenantMembers members) {
        try {
            return members.list(tenant()).stream().collect(Collectors.toMap(TenantMembers.Member::username, TenantMembers.Member::roles, (a, b) -> a));
        } catch (RuntimeException keycloakUnreachable) {
            // the list is still useful without the roles: say only that the person has an account
            LOG.log(Level.WARNING, "Roles of " + tenant() + " could not be read from Keycloak", keycloakUnreachable);
            return null;
        }
    }

    private void refresh() {
        String words = filter.getValue().toLowerCase(Locale.ROOT);
        list.setItems(people.list(tenant()).stream().filter(p -> words.isBlank() || p.label().toLowerCase(Locale.ROOT).contains(words)).toList());
    }

    private void edit(Person person) {
        new PersonDialog(people, organisations, tenant(), user(), person, this::refresh).open();
    }
}
