package fi.kykyverkko.shell.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.ConsultationsModule;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.TestDoubles.FakeIdentitySync.Grant;
import fi.kykyverkko.shell.TestDoubles.FakeProvisioner.ModuleSwitch;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Platform administration: every region listed, a new region created through the provisioner, modules switched. */
class TenantsViewTest {

    private final ShellTestKit kit = new ShellTestKit();

    @BeforeEach
    void openAsPlatformAdmin() {
        kit.signInPlatformAdmin().start();
        assertEquals(200, kit.open("admin/tenants"));
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void listsEveryRegion() {
        Grid<Tenant> grid = grid();
        GridKt.expectRows(grid, 2);
        GridKt.expectRow(grid, 0, "keski-uusimaa", "Keski-Uusimaa", "Kerava, Järvenpää, Tuusula", "", "Kykyverkon perusteema");
        GridKt.expectRow(grid, 1, "lappi", "Lappi", "Rovaniemi, Kemi", "Konsultaatioajat", "Lappi");
    }

    @Test
    void offersTheThemesFoundInTheThemesFolder() {
        assertEquals(List.of("base", "lappi"), theme().getListDataView().getItems().toList());
        assertEquals("base", theme().getValue());
    }

    @Test
    void themesAreNamedAfterTheirRegionInTheReadersLanguage() {
        assertEquals(List.of("Kykyverkon perusteema", "Lappi"),
                theme().getListDataView().getItems().map(theme().getItemLabelGenerator()).toList());
    }

    @Test
    void aModuleIdNoInstalledModuleHasIsSaidSo() {
        kit.enable(ShellTestKit.LAPPI, "ips"); // named in Lapland's definition, but no such module is installed
        kit.open("");
        kit.open("admin/tenants");
        GridKt.expectRow(grid(), 1, "lappi", "Lappi", "Rovaniemi, Kemi", "ips (ei asennettu), Konsultaatioajat", "Lappi");
    }

    @Test
    void anInvalidIdIsExplainedInFinnishAndNothingIsCreated() {
        fillValidRegion();
        TextField id = text("new-tenant-id");
        _setValue(id, "Pohjois Savo");

        _click(createButton());

        assertTrue(id.isInvalid());
        assertEquals("Tunnuksessa saa olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja, "
                + "ja sen pitää alkaa kirjaimella.", id.getErrorMessage());
        assertEquals(List.of(), kit.provisioner.created);
        assertEquals(List.of(), kit.identity.grants);
        NotificationsKt.expectNoNotifications();
        GridKt.expectRows(grid(), 2);
    }

    @Test
    void anEmptyFormMarksEveryRequiredField() {
        _click(createButton());

        for (String required : List.of("new-tenant-id", "new-tenant-name-fi", "new-tenant-name-sv", "new-tenant-name-en",
                "new-tenant-organisation")) {
            TextField field = text(required);
            assertTrue(field.isInvalid(), required);
            assertEquals("Pakollinen tieto.", field.getErrorMessage(), required);
        }
        TextArea municipalities = municipalities();
        assertTrue(municipalities.isInvalid());
        assertEquals("Anna vähintään yksi kunta.", municipalities.getErrorMessage());
        assertEquals(List.of(), kit.provisioner.created);
    }

    @Test
    void aMunicipalityTwiceIsRefused() {
        fillValidRegion();
        TextArea municipalities = municipalities();
        _setValue(municipalities, "Kuopio\nSiilinjärvi, Kuopio");

        _click(createButton());

        assertTrue(municipalities.isInvalid());
        assertEquals("Sama kunta on luettelossa kahdesti.", municipalities.getErrorMessage());
        assertEquals(List.of(), kit.provisioner.created);
    }

    @Test
    void aValidRegionGoesToTheProvisionerWithWhatWasEnteredAndItsCreatorAdministersIt() {
        fillValidRegion();
        _setValue(theme(), "lappi");
        _setValue(modules("new-tenant-modules"), Set.of(consultations()));

        _click(createButton());

        assertEquals(1, kit.provisioner.created.size());
        TenantDefinition created = kit.provisioner.created.get(0).definition();
        assertEquals(TenantId.of("pohjois-savo"), created.id());
        assertEquals(new LocalizedText("Pohjois-Savo", "Norra Savolax", "North Savo"), created.names());
        assertEquals("Pohjois-Savon hyvinvointialue", created.organisation());
        assertEquals(List.of("Kuopio", "Siilinjärvi", "Varkaus"), created.municipalities());
        assertEquals(Set.of(ConsultationsModule.ID), created.modules());
        assertEquals("lappi", created.theme());
        assertEquals("UI by pauli", kit.provisioner.created.get(0).definedBy());
        assertEquals(List.of(new Grant(TenantId.of("pohjois-savo"), "kc-pauli", Set.of("tenant-admin"))), kit.identity.grants);

        NotificationsKt.expectNotifications("Alue Pohjois-Savo luotiin. Sinusta tuli sen ylläpitäjä; kirjaudu uudelleen, "
                + "niin alue näkyy aluevalikossasi.");
        GridKt.expectRows(grid(), 3);
        GridKt.expectRow(grid(), 2, "pohjois-savo", "Pohjois-Savo", "Kuopio, Siilinjärvi, Varkaus", "Konsultaatioajat", "Lappi");
        assertEquals("", text("new-tenant-id").getValue(), "the form is emptied for the next region");
    }

    @Test
    void anIdAlreadyInUseIsRefusedAtTheField() {
        fillValidRegion();
        TextField id = text("new-tenant-id");
        _setValue(id, "lappi");

        _click(createButton());

        assertTrue(id.isInvalid());
        assertEquals("Tällä tunnuksella on jo alue.", id.getErrorMessage());
        assertEquals(List.of(), kit.provisioner.created);
        assertEquals(List.of(), kit.identity.grants);
    }

    @Test
    void theModulesOfARegionShowOnlyOnceOneIsChosen() {
        _assertNone(CheckboxGroup.class, spec -> spec.withId("tenant-modules"));
        _assertNone(Button.class, spec -> spec.withId("save-modules"));

        GridKt._selectRow(grid(), 1);

        assertEquals(Set.of(consultations()), modules("tenant-modules").getValue());
        _get(Button.class, spec -> spec.withId("save-modules"));
    }

    @Test
    void switchingAModuleOffCallsTheModuleSwitch() {
        GridKt._selectRow(grid(), 1); // Lappi, consultations on
        _setValue(modules("tenant-modules"), Set.of());
        _click(_get(Button.class, spec -> spec.withId("save-modules")));

        assertEquals(List.of(new ModuleSwitch(ShellTestKit.LAPPI, Set.of())), kit.provisioner.moduleSwitches);
        NotificationsKt.expectNotifications("Alueen Lappi lisäosat tallennettiin.");
        GridKt.expectRow(grid(), 1, "lappi", "Lappi", "Rovaniemi, Kemi", "", "Lappi");
    }

    @Test
    void switchingAModuleOnCallsTheModuleSwitch() {
        GridKt._selectRow(grid(), 0); // Keski-Uusimaa, nothing optional on
        assertEquals(Set.of(), modules("tenant-modules").getValue());
        _setValue(modules("tenant-modules"), Set.of(consultations()));
        _click(_get(Button.class, spec -> spec.withId("save-modules")));

        assertEquals(List.of(new ModuleSwitch(ShellTestKit.KESKI_UUSIMAA, Set.of(ConsultationsModule.ID))),
                kit.provisioner.moduleSwitches);
        NotificationsKt.expectNotifications("Alueen Keski-Uusimaa lisäosat tallennettiin.");
    }

    private void fillValidRegion() {
        _setValue(text("new-tenant-id"), "pohjois-savo");
        _setValue(text("new-tenant-name-fi"), "Pohjois-Savo");
        _setValue(text("new-tenant-name-sv"), "Norra Savolax");
        _setValue(text("new-tenant-name-en"), "North Savo");
        _setValue(text("new-tenant-organisation"), "Pohjois-Savon hyvinvointialue");
        _setValue(municipalities(), "Kuopio, Siilinjärvi\nVarkaus");
    }

    private PortalModule consultations() {
        return kit.modules.find(ConsultationsModule.ID).orElseThrow();
    }

    private static Button createButton() {
        return _get(Button.class, spec -> spec.withId("create-tenant"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Tenant> grid() {
        return _get(Grid.class, spec -> spec.withId("tenant-grid"));
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static TextArea municipalities() {
        return _get(TextArea.class, spec -> spec.withId("new-tenant-municipalities"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> theme() {
        return _get(Select.class, spec -> spec.withId("new-tenant-theme"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<PortalModule> modules(String id) {
        return _get(CheckboxGroup.class, spec -> spec.withId(id));
    }
}
