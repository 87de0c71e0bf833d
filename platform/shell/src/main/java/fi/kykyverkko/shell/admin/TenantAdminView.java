package fi.kykyverkko.shell.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.identity.KeycloakAdmin.KeycloakException;
import fi.kykyverkko.kernel.identity.TenantMembers;
import fi.kykyverkko.kernel.identity.TenantMembers.Member;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.shell.security.PortalSession;
import fi.kykyverkko.shell.MainLayout;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** A region's administrator: the region's modules, its people and their roles, and inviting someone new. */
@Route(value = "admin/region", layout = MainLayout.class)
public class TenantAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = Logger.getLogger(TenantAdminView.class.getName());

    private final TenantMembers members;
    private final Tenant tenant;
    private final Grid<Member> grid = new Grid<>();
    private final CheckboxGroup<String> memberRoles = new CheckboxGroup<>();

    private final Set<String> offered;

    @Inject
    public TenantAdminView(PortalSession session, TenantMembers members, ModuleRegistry modules) {
        this.members = members;
        this.tenant = session.activeTenantDetails().orElseThrow();
        add(new H2(getTranslation("admin.region.title") + ": " + tenant.names().in(getLocale())));

        add(new H3(getTranslation("admin.region.modules")));
        UnorderedList moduleList = new UnorderedList();
        moduleList.setId("region-modules");
        modules.enabledFor(tenant).forEach(m -> moduleList.add(new ListItem(m.name().in(getLocale()))));
        add(moduleList);

        // the roles of the modules this region has on; a role of a module switched off is kept, not offered
        offered = modules.tenantRoleNames(tenant);
        add(new H3(getTranslation("admin.region.members")));
        grid.setId("member-grid");
        grid.addColumn(Member::name).setHeader(getTranslation("admin.member.name")).setFlexGrow(1);
        grid.addColumn(Member::email).setHeader(getTranslation("admin.member.email")).setFlexGrow(1);
        grid.addColumn(m -> m.roles().stream().map(r -> modules.roleLabel(r, getLocale())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.member.roles")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(grid);
        memberRoles.setId("member-roles");
        memberRoles.setLabel(getTranslation("admin.member.roles"));
        memberRoles.setItems(offered);
        memberRoles.setItemLabelGenerator(r -> modules.roleLabel(r, getLocale()));
        memberRoles.setVisible(false);
        Button saveRoles = new Button(getTranslation("admin.member.save-roles"), e -> saveRoles());
        saveRoles.setId("save-roles");
        saveRoles.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            memberRoles.setVisible(e.getValue() != null);
            saveRoles.setVisible(e.getValue() != null);
            if (e.getValue() != null) {
                memberRoles.setValue(e.getValue().roles().stream().filter(offered::contains).collect(Collectors.toSet()));
            }
        });
        add(memberRoles, saveRoles);

        add(new H3(getTranslation("admin.invite.title")));
        EmailField email = new EmailField(getTranslation("admin.member.email"));
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("admin.invite.email.invalid"));
        TextField firstName = new TextField(getTranslation("admin.member.first-name"));
        firstName.setId("invite-first-name");
        TextField lastName = new TextField(getTranslation("admin.member.last-name"));
        lastName.setId("invite-last-name");
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("admin.member.roles"));
        roles.setId("invite-roles");
        // said as a hint rather than the required marker: on a checkbox group (role=group) the marker's aria-required
        // is not an allowed attribute (axe: aria-allowed-attr, critical)
        roles.setHelperText(getTranslation("admin.invite.roles.required"));
        roles.setItems(offered);
        roles.setItemLabelGenerator(r -> modules.roleLabel(r, getLocale()));
        Button invite = new Button(getTranslation("admin.invite.send"), e -> {
            if (email.isEmpty() || email.isInvalid() || !email.getValue().contains("@")) {
                email.setInvalid(true);
                return;
            }
            if (roles.getValue().isEmpty()) {
                roles.setErrorMessage(getTranslation("admin.invite.roles.required"));
                roles.setInvalid(true);
                return;
            }
            roles.setInvalid(false);
            try {
                boolean created = members.invite(tenant.tenantId(), email.getValue(), firstName.getValue(), lastName.getValue(),
                        roles.getValue(), getLocale().getLanguage());
                success(getTranslation(created ? "admin.invite.created" : "admin.invite.joined", email.getValue()));
                email.clear();
                firstName.clear();
                lastName.clear();
                roles.clear();
                refresh();
            } catch (KeycloakException failure) {
                failed(failure);
            }
        });
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(email, firstName, lastName, roles);
        add(form, invite);
        refresh();
    }

    private void refresh() {
        try {
            grid.setItems(members.list(tenant.tenantId()));
        } catch (KeycloakException failure) {
            failed(failure);
        }
    }

    private void saveRoles() {
        Member member = grid.asSingleSelect().getValue();
        if (member == null) {
            return;
        }
        Set<String> chosen = new java.util.HashSet<>(memberRoles.getValue());
        member.roles().stream().filter(r -> !offered.contains(r)).forEach(chosen::add);
        try {
            members.setRoles(tenant.tenantId(), member.userId(), chosen);
            success(getTranslation("admin.member.roles-saved", member.name()));
            refresh();
        } catch (KeycloakException failure) {
            failed(failure);
        }
    }

    private void failed(KeycloakException failure) {
        LOG.log(Level.WARNING, "Keycloak call failed in region administration", failure);
        Notification.show(getTranslation("admin.keycloak.failed"), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static void success(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.region.title") + " – " + getTranslation("app.name");
    }
}
