package fi.kykyverkko.networks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fi.kykyverkko.kernel.identity.TenantMembers.Member;
import fi.kykyverkko.shell.ShellTestKit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The people list names each person's real role in the portal, not "Verkoston jäsen (tunnus)" for everyone with an account. */
class PeopleViewTest {

    private final NetworksInMemory network = new NetworksInMemory();
    private final ShellTestKit kit = network.kit();

    PeopleViewTest() {
        var county = NetworksInMemory.organisation("hyvinvointialue", "Lapin hyvinvointialue");
        var city = NetworksInMemory.organisation("kaupunki", "Rovaniemen kaupunki");
        network.people.all.addAll(List.of(
                NetworksInMemory.person("p-esihenkilo", "Maija Esihenkilö", "palvelupäällikkö", county, "lappi.manager@demo.kykyverkko.invalid", "lappi.manager"),
                NetworksInMemory.person("p-fasilitaattori", "Fanni Fasilitaattori", "verkostokoordinaattori", city,
                        "lappi.panel-facilitator@demo.kykyverkko.invalid", "lappi.panel-facilitator"),
                NetworksInMemory.person("p-01", "Anna Hämäläinen", "Kelan asiantuntija", null, "anna.hamalainen.kelan.asiantuntija@demo.kykyverkko.invalid", null),
                NetworksInMemory.person("p-vanha", "Ville Vanha", "opinto-ohjaaja", city, null, "ville.vanha")));
        kit.members.add(ShellTestKit.LAPPI, new Member("u-1", "lappi.manager", "Maija Esihenkilö", "", Set.of("manager")));
        kit.members.add(ShellTestKit.LAPPI, new Member("u-2", "lappi.panel-facilitator", "Fanni Fasilitaattori", "", Set.of("panel-facilitator")));
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    private void open() {
        kit.signIn("lappi.professional", "Pekka", List.of("/tenants/lappi/professional"), List.of()).start();
        assertEquals(200, kit.open("lappi/networks/people"));
    }

    private static List<String> cells(String name) {
        NativeTableRow row = _find(_get(Div.class, spec -> spec.withId("people-list")), NativeTableRow.class).stream()
                .filter(r -> r.getElement().getTextRecursively().contains(name)).findFirst().orElseThrow();
        return row.getChildren().map(c -> ((NativeTableCell) c).getElement().getTextRecursively()).toList();
    }

    @Test
    void theManagerAndTheFacilitatorAreCalledByTheirRoles() {
        open();
        assertEquals(List.of("Maija Esihenkilö", "palvelupäällikkö", "Lapin hyvinvointialue", "lappi.manager@demo.kykyverkko.invalid", "esihenkilö"),
                cells("Maija Esihenkilö"));
        assertEquals("asiakasraadin fasilitaattori", cells("Fanni Fasilitaattori").get(4));
        assertEquals("yhteyshenkilö, ei tunnusta", cells("Anna Hämäläinen").get(4));
        assertEquals("tunnus, ei roolia tällä alueella", cells("Ville Vanha").get(4));
        String everything = _get(Div.class, spec -> spec.withId("people-list")).getElement().getTextRecursively();
        assertFalse(everything.contains("Verkoston jäsen (tunnus)"), everything);
    }

    @Test
    void anEmailAddressMayBreakSoItIsNeverCut() {
        open();
        NativeTableCell email = _find(_get(Div.class, spec -> spec.withId("people-list")), NativeTableCell.class).stream()
                .filter(c -> c.getElement().getTextRecursively().equals("anna.hamalainen.kelan.asiantuntija@demo.kykyverkko.invalid"))
                .findFirst().orElseThrow();
        assertTrue(email.getClassNames().contains("kv-break"));
        assertEquals("Sähköposti", email.getElement().getAttribute("data-label"), "on a phone the cell says what it is");
    }

    @Test
    void withoutKeycloakTheListStillOpensAndSaysWhoHasAnAccount() {
        kit.members.keycloakDown = true;
        open();
        assertEquals("portaalin käyttäjä", cells("Maija Esihenkilö").get(4));
        assertEquals("yhteyshenkilö, ei tunnusta", cells("Anna Hämäläinen").get(4));
    }
}
