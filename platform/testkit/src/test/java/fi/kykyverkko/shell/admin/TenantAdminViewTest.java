package fi.kykyverkko.shell.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.TenantMembers.Member;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.TestDoubles.FakeTenantMembers.Invite;
import fi.kykyverkko.shell.TestDoubles.FakeTenantMembers.RoleChange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A region's administrator: the region's modules, its members and their roles, inviting someone new. */
class TenantAdminViewTest {

    private final ShellTestKit kit = new ShellTestKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    /** Aino administers Keski-Uusimaa, her active region. */
    private void openAsTenantAdmin() {
        kit.signInTwoRegionAdmin().start();
        assertEquals(200, kit.open("keski-uusimaa/admin/region"));
    }

    @Test
    void showsTheRegionAndTheModulesItHasOn() {
        openAsTenantAdmin();
        assertEquals("Alueen ylläpito: Keski-Uusimaa", _get(H2.class).getText());
        UnorderedList modules = _get(UnorderedList.class, spec -> spec.withId("region-modules"));
        // core modules in menu order (front page first, administration last); the optional consultations module is off here
        assertEquals(List.of("Portaali", "Alusta", "Ylläpito"), _find(modules, ListItem.class).stream().map(ListItem::getText).toList());
    }

    @Test
    void listsTheMembersWithTheirRoles() {
        openAsTenantAdmin();
        Grid<Member> grid = grid();
        GridKt.expectRows(grid, 2);
        GridKt.expectRow(grid, 0, "Aino Aalto", "aino.aalto@example.fi", "alueen ylläpitäjä");
        GridKt.expectRow(grid, 1, "Bertil Berg", "bertil.berg@example.fi", "esihenkilö, ammattilainen");
    }

    @Test
    void anInvalidEmailIsMarkedAndNobodyIsInvited() {
        openAsTenantAdmin();
        EmailField email = email();
        _setValue(email, "not-an-address");
        _setValue(inviteRoles(), Set.of("professional"));

        _click(inviteButton());

        assertTrue(email.isInvalid());
        assertEquals("Anna kelvollinen sähköpostiosoite.", email.getErrorMessage());
        assertEquals(List.of(), kit.members.invites);
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void anInvitationNeedsARole() {
        openAsTenantAdmin();
        _setValue(email(), "uusi.jasen@example.fi");

        _click(inviteButton());

        assertTrue(inviteRoles().isInvalid());
        assertEquals("Valitse vähintään yksi rooli.", inviteRoles().getErrorMessage());
        assertEquals(List.of(), kit.members.invites);
    }

    @Test
    void aValidInvitationSendsTheEmailAndTheChosenRoles() {
        openAsTenantAdmin();
        _setValue(email(), "uusi.jasen@example.fi");
        _setValue(_get(TextField.class, spec -> spec.withId("invite-first-name")), "Uuno");
        _setValue(_get(TextField.class, spec -> spec.withId("invite-last-name")), "Uusi");
        _setValue(inviteRoles(), Set.of("professional", "network-member"));

        _click(inviteButton());

        assertEquals(List.of(new Invite(ShellTestKit.KESKI_UUSIMAA, "uusi.jasen@example.fi", "Uuno", "Uusi",
                Set.of("professional", "network-member"), "fi")), kit.members.invites);
        NotificationsKt.expectNotifications("Käyttäjä uusi.jasen@example.fi luotiin ja liitettiin alueeseen. "
                + "Hän asettaa salasanansa ensimmäisellä kirjautumisella.");
        GridKt.expectRows(grid(), 3);
        GridKt.expectRow(grid(), 2, "Uuno Uusi", "uusi.jasen@example.fi", "verkoston jäsen, ammattilainen");
        assertEquals("", email().getValue(), "the form is emptied for the next invitation");
        assertEquals(Set.of(), inviteRoles().getValue());
    }

    @Test
    void invitingSomeoneKeycloakAlreadyKnowsSaysTheyJoined() {
        openAsTenantAdmin();
        _setValue(email(), "bertil.berg@example.fi");
        _setValue(inviteRoles(), Set.of("manager"));

        _click(inviteButton());

        assertEquals(1, kit.members.invites.size());
        NotificationsKt.expectNotifications("bertil.berg@example.fi liitettiin alueeseen.");
    }

    @Test
    void rolesAreEditedForTheChosenMemberOnly() {
        openAsTenantAdmin();
        _assertNone(CheckboxGroup.class, spec -> spec.withId("member-roles"));
        _assertNone(Button.class, spec -> spec.withId("save-roles"));

        GridKt._selectRow(grid(), 1);

        assertEquals(Set.of("manager", "professional"), memberRoles().getValue());
        _get(Button.class, spec -> spec.withId("save-roles"));
    }

    @Test
    void changingRolesCallsSetRolesWithTheNewRoles() {
        openAsTenantAdmin();
        GridKt._selectRow(grid(), 1); // Bertil: manager, professional
        _setValue(memberRoles(), Set.of("professional", "panel-facilitator"));

        _click(_get(Button.class, spec -> spec.withId("save-roles")));

        assertEquals(List.of(new RoleChange(ShellTestKit.KESKI_UUSIMAA, "u-bertil", Set.of("professional", "panel-facilitator"))),
                kit.members.roleChanges);
        NotificationsKt.expectNotifications("Henkilön Bertil Berg roolit tallennettiin. "
                + "Muutos tulee voimaan hänen seuraavalla kirjautumisellaan.");
        GridKt.expectRow(grid(), 1, "Bertil Berg", "bertil.berg@example.fi", "asiakasraadin fasilitaattori, ammattilainen");
    }

    @Test
    void whenKeycloakDoesNotAnswerThePageSaysSoInsteadOfFailing() {
        kit.members.keycloakDown = true;
        openAsTenantAdmin();

        GridKt.expectRows(grid(), 0);
        NotificationsKt.expectNotifications("Käyttäjähallinta (Keycloak) ei vastannut. Mitään ei muutettu; "
                + "yritä hetken kuluttua uudelleen.");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Member> grid() {
        return _get(Grid.class, spec -> spec.withId("member-grid"));
    }

    private static EmailField email() {
        return _get(EmailField.class, spec -> spec.withId("invite-email"));
    }

    private static Button inviteButton() {
        return _get(Button.class, spec -> spec.withId("invite"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> inviteRoles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("invite-roles"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<String> memberRoles() {
        return _get(CheckboxGroup.class, spec -> spec.withId("member-roles"));
    }
}
