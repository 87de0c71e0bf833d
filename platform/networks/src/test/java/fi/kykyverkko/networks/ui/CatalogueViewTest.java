package fi.kykyverkko.networks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.InMemoryNetwork;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.Channel;
import fi.kykyverkko.networks.catalogue.ServiceCategory;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.PortalI18NProvider;
import fi.kykyverkko.shell.ShellTestKit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The catalogue and the organisations as staff, managers and network members meet them, without a browser. */
class CatalogueViewTest {

    private final InMemoryNetwork network = new InMemoryNetwork();
    private final ShellTestKit kit = new ShellTestKit(new NetworksModule()).bean(Catalogue.class, network.catalogue)
            .bean(Organisations.class, network.organisations).bean(People.class, network.people).bean(NetworkImport.class, network.importer);

    CatalogueViewTest() {
        Organisation ngo = organisation("nuorten-ystavat", "Nuorten Ystävät ry", OrganisationType.NGO);
        Organisation kela = organisation("kela", "Kela", OrganisationType.KELA);
        network.add(service(ngo, "vertaistuki", "Vertaistukiryhmät", "Vertaistukea työttömille."));
        CatalogueService kelas = service(kela, "kuntoutus", "Ammatillinen kuntoutus", "Kelan ammatillinen kuntoutus.");
        kelas.setName(kelas.getName().withSv("Yrkesinriktad rehabilitering"));
        kelas.setDescription(kelas.getDescription().withSv("Kelas yrkesinriktade rehabilitering."));
        kelas.setTargetGroup(null);
        kelas.setHowToAccess(null);
        network.add(kelas);
        Person member = new Person();
        member.setCode("maija");
        member.setName("Maija Jäsen");
        member.setUsername("maija");
        member.setOrganisation(ngo);
        network.add(member);
    }

    private Organisation organisation(String code, String name, OrganisationType type) {
        Organisation o = new Organisation();
        o.setCode(code);
        o.setNameFi(name);
        o.setType(type);
        o.setMunicipalities(List.of("Rovaniemi"));
        return network.add(o);
    }

    /** A service with every detail a reader looks for; the caller stores it. */
    private CatalogueService service(Organisation provider, String code, String name, String description) {
        CatalogueService s = new CatalogueService();
        s.setCode(code);
        s.setOrganisation(provider);
        s.setNameFi(name);
        s.setDescriptionFi(description);
        s.setCategory(provider.getType() == OrganisationType.KELA ? ServiceCategory.KELA : ServiceCategory.NGO);
        s.setTargetGroup("Työttömät, joiden työkyky on heikentynyt");
        s.setHowToAccess("Soita tai tule paikan päälle.");
        s.setContactName("Neuvonta");
        s.setContactPhone("040 123 4567");
        s.setContactEmail("neuvonta@kuntouttava-tyotoiminta-kotka.example.fi");
        s.setChannels(EnumSet.of(Channel.ON_SITE, Channel.PHONE));
        s.markReviewed(PortalTime.today());
        return s;
    }

    @AfterEach
    void stop() {
        kit.close();
    }

    private void open(String username, String role) {
        kit.signIn(username, username, List.of("/tenants/lappi/" + role), List.of()).start();
        assertEquals(200, kit.open("lappi/networks/services"));
    }

    private void openService(String name) {
        _click(_get(NativeButton.class, spec -> spec.withText(name)));
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    void everyServiceIsAStackedRowWithItsDetails() {
        open("pia", "professional");
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("catalogue-list"));
        List<ListItem> rows = _find(list, ListItem.class);
        assertEquals(2, rows.size());
        assertEquals("Ammatillinen kuntoutus", _get(rows.get(0), NativeButton.class).getText(), "Finnish order");
        String vertaistuki = text(rows.get(1));
        for (String detail : List.of("Nuorten Ystävät ry", "Järjestöt", "Koko alue", "Tarkistettu " + PortalTime.date(PortalTime.today(), null))) {
            assertTrue(vertaistuki.contains(detail), detail + " in " + vertaistuki);
        }
        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), "vertaistuki");
        assertEquals(1, _find(list, ListItem.class).size());
    }

    @Test
    void aServiceOpensToReadFirstWithItsContactsAndStaffMayEditIt() {
        open("pia", "professional");
        openService("Vertaistukiryhmät");
        Div card = _get(Div.class, spec -> spec.withId("service-card"));
        String shown = text(card);
        for (String part : List.of("Nuorten Ystävät ry · Järjestöt", "Vertaistukea työttömille.", "Kenelle", "Työttömät, joiden työkyky on heikentynyt",
                "Miten palveluun ohjataan tai hakeudutaan", "Soita tai tule paikan päälle.", "Yhteystiedot", "Neuvonta", "040 123 4567")) {
            assertTrue(shown.contains(part), part + " in " + shown);
        }
        List<String> terms = _find(card, DescriptionList.Term.class).stream().map(CatalogueViewTest::text).toList();
        assertEquals(List.of("Kenelle", "Miten palveluun ohjataan tai hakeudutaan", "Yhteystiedot"), terms.subList(0, 3),
                "who it is for, how to get there and the contacts come first");
        Anchor mail = _get(card, Anchor.class, spec -> spec.withText("neuvonta@kuntouttava-tyotoiminta-kotka.example.fi"));
        assertEquals("mailto:neuvonta@kuntouttava-tyotoiminta-kotka.example.fi", mail.getHref());
        assertEquals("tel:0401234567", _get(card, Anchor.class, spec -> spec.withText("040 123 4567")).getHref());
        _assertNone(TextArea.class, spec -> spec.withId("service-description-fi"));

        _click(_get(Button.class, spec -> spec.withId("service-edit")));
        assertEquals("Vertaistukea työttömille.", _get(TextArea.class, spec -> spec.withId("service-description-fi")).getValue());
        _assertNone(Div.class, spec -> spec.withId("service-card"));
    }

    @Test
    void aManagerReadsAServiceButIsNotOfferedEditing() {
        open("mikko", "manager");
        openService("Vertaistukiryhmät");
        _get(Div.class, spec -> spec.withId("service-card"));
        _assertNone(Button.class, spec -> spec.withId("service-edit"));
    }

    @Test
    void aNetworkMemberMayEditTheirOwnOrganisationsServiceOnly() {
        open("maija", "network-member");
        openService("Ammatillinen kuntoutus");
        _assertNone(Button.class, spec -> spec.withId("service-edit"));
        _click(_get(Button.class, spec -> spec.withId("service-read-close")));
        openService("Vertaistukiryhmät");
        _get(Button.class, spec -> spec.withId("service-edit"));
    }

    @Test
    void inSwedishAServiceWithoutATranslationSaysSo() {
        kit.signIn("pia", "pia", List.of("/tenants/lappi/professional"), List.of());
        kit.session().setLocale(PortalI18NProvider.SWEDISH);
        kit.start();
        kit.open("lappi/networks/services");
        openService("Vertaistukiryhmät");
        assertEquals("Den här tjänsten har inte översatts till svenska; uppgifterna visas på finska.",
                _get(Paragraph.class, spec -> spec.withId("service-untranslated")).getText());
        Div card = _get(Div.class, spec -> spec.withId("service-card"));
        assertTrue(_find(card, Paragraph.class).stream().anyMatch(p -> "fi".equals(p.getElement().getAttribute("lang"))
                && p.getText().equals("Vertaistukea työttömille.")), "the Finnish description is marked as Finnish");
        _click(_get(Button.class, spec -> spec.withId("service-read-close")));

        openService("Yrkesinriktad rehabilitering");
        _assertNone(Paragraph.class, spec -> spec.withId("service-untranslated"));
        assertTrue(text(_get(Div.class, spec -> spec.withId("service-card"))).contains("Kelas yrkesinriktade rehabilitering."));
    }

    @Test
    void aNewServiceLeftEmptyMarksItsRequiredFieldsButNotTheOptionalCode() {
        open("pia", "professional");
        _click(_get(Button.class, spec -> spec.withId("new-service")));
        _click(_get(Button.class, spec -> spec.withId("service-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("service-name-fi"));
        assertTrue(name.isInvalid());
        assertEquals("Pakollinen tieto.", name.getErrorMessage());
        assertTrue(_get(ComboBox.class, spec -> spec.withId("service-category")).isInvalid());
        TextField code = _get(TextField.class, spec -> spec.withLabel("Tunnus"));
        assertFalse(code.isInvalid(), "the code may be left empty, as its hint says: " + code.getErrorMessage());
        assertEquals(2, network.all(CatalogueService.class).size(), "nothing saved");
    }

    @Test
    void aBusinessIdErrorSaysWhatIsWrongAndNeverOffersTheWrongValueAsTheModel() {
        kit.signIn("pia", "pia", List.of("/tenants/lappi/professional"), List.of()).start();
        assertEquals(200, kit.open("lappi/networks/organisations"));
        UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("organisations-list"));
        assertEquals(List.of("Kela", "Nuorten Ystävät ry"), _find(list, NativeButton.class).stream().map(NativeButton::getText).toList());
        _click(_get(NativeButton.class, spec -> spec.withText("Nuorten Ystävät ry")));
        TextField businessId = _get(TextField.class, spec -> spec.withId("organisation-business-id"));

        _setValue(businessId, "1234567-8");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertTrue(businessId.isInvalid());
        assertTrue(businessId.getErrorMessage().contains("tarkistusnumero"), businessId.getErrorMessage());
        assertFalse(businessId.getErrorMessage().contains("1234567-8"), businessId.getErrorMessage());

        _setValue(businessId, "12345");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertEquals("Y-tunnus kirjoitetaan seitsemällä numerolla, väliviivalla ja tarkistusnumerolla, esimerkiksi 0246246-0.",
                businessId.getErrorMessage());
        assertEquals(null, network.organisations.byCode(ShellTestKit.LAPPI, "nuorten-ystavat").orElseThrow().getBusinessId(), "nothing saved");

        _setValue(businessId, "246246-0");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertEquals("0246246-0", network.organisations.byCode(ShellTestKit.LAPPI, "nuorten-ystavat").orElseThrow().getBusinessId());
    }

    @Test
    void aNewOrganisationWithoutANameDoesNotMarkTheOptionalCode() {
        kit.signIn("pia", "pia", List.of("/tenants/lappi/professional"), List.of()).start();
        kit.open("lappi/networks/organisations");
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertTrue(_get(TextField.class, spec -> spec.withId("organisation-name-fi")).isInvalid());
        assertFalse(_get(TextField.class, spec -> spec.withLabel("Tunnus")).isInvalid());

        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name-fi")), "Uusi Yhdistys ry");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertTrue(network.all(Organisation.class).stream().anyMatch(o -> o.getCode().startsWith("uusi-yhdistys-ry-")),
                "the blank code was made from the name");
    }
}
