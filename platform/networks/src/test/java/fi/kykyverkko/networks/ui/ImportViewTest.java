package fi.kykyverkko.networks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import fi.kykyverkko.networks.InMemoryNetwork;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.PortalI18NProvider;
import fi.kykyverkko.shell.ShellTestKit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The import report as staff read it: a summary in words, the whole file's problems, then every row's, in order. */
class ImportViewTest {

    private final InMemoryNetwork network = new InMemoryNetwork();
    private final ShellTestKit kit = new ShellTestKit(new NetworksModule()).bean(Catalogue.class, network.catalogue)
            .bean(Organisations.class, network.organisations).bean(People.class, network.people).bean(NetworkImport.class, network.importer);

    @AfterEach
    void stop() {
        kit.close();
    }

    private void openAsStaff() {
        kit.signIn("pia", "pia", List.of("/tenants/lappi/professional"), List.of()).start();
        assertEquals(200, kit.open("lappi/networks/import"));
    }

    private static void upload(String fileName, String csv) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    /** Each section of the report: its heading and its problems. */
    private static List<String> report() {
        Div report = _get(Div.class, spec -> spec.withId("import-report"));
        return _find(report, H3.class).stream().map(h -> h.getText() + " | " + String.join(" | ", _find((Div) h.getParent().orElseThrow(), ListItem.class)
                .stream().map(ListItem::getText).toList())).toList();
    }

    @Test
    void aFileWithSeveralBadRowsIsReportedInWordsRowByRowInLineOrder() {
        openAsStaff();
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("import-format")).setValue(
                fi.kykyverkko.networks.imports.ImportFormats.ORGANISATIONS);
        upload("organisaatiot.csv", "tunnus;nimi;tyyppi;y-tunnus;lisätieto\n"
                + "a;Hyvä ry;Järjestö;0246246-0;\n"
                + "b;Kaksi vikaa;Kerho;1234567-8;\n"
                + "c;=kaava;Kela;;\n"
                + "a;Toinen A;Kela;;\n");
        assertEquals("Tiedosto organisaatiot.csv – 4 riviä luettu, 1 tallennettu (1 uutta, 0 päivitetty), 3 ohitettu"
                + " · merkistö UTF-8 · erotin puolipiste (;)", summary());
        List<String> report = report();
        assertEquals("Koko tiedosto: huomautuksia | Huomautus: Tuntemattomia sarakkeita ei tuoda: lisätieto.", report.get(0));
        assertTrue(report.get(1).startsWith("Rivi 3: rivi ohitettu | Sarake type: Tuntematon arvo. Käytä jotakin näistä: TE-palvelut, Kela, Kunta, "),
                report.get(1));
        assertTrue(report.get(1).contains(" | Sarake business_id: Y-tunnuksen tarkistusnumero"), "both problems of the row: " + report.get(1));
        assertTrue(report.get(2).startsWith("Rivi 4: rivi ohitettu | Rivi 4, sarake name_fi: solu näyttää taulukkolaskentakaavalta"), report.get(2));
        assertEquals("Rivi 5: rivi ohitettu | Sarake code: Sama tunnus on jo rivillä 2; tämä rivi ohitettiin.", report.get(3));
        assertEquals(4, report.size());
    }

    @Test
    void aWholeFileProblemIsNotCalledASkippedRowAndTheNextFileNeedsNoRemoving() {
        openAsStaff();
        upload("palvelut.csv", "code;name_fi\nx;y\n");
        assertTrue(summary().startsWith("Tiedosto palvelut.csv – Tiedostoa ei tuotu, eikä siitä tallennettu mitään"), summary());
        List<String> report = report();
        assertEquals(1, report.size());
        assertTrue(report.get(0).startsWith("Koko tiedosto: tiedostoa ei tuotu | Tiedostosta puuttuu pakollisia sarakkeita: organisation"), report.get(0));
        assertFalse(report.get(0).contains("ohitettu"), report.get(0));
        Object files = _get(Upload.class, spec -> spec.withId("import-upload")).getElement().getPropertyRaw("files");
        assertTrue(files instanceof elemental.json.JsonArray list && list.length() == 0, "the file list is emptied, so the next file can be chosen at once");

        String template = new String(fi.kykyverkko.networks.imports.ImportFormats.template(
                fi.kykyverkko.networks.imports.ImportFormats.SERVICES, PortalI18NProvider.FINNISH), StandardCharsets.UTF_8);
        upload("palvelut-pohja.csv", template);
        assertEquals("Tiedosto palvelut-pohja.csv – 0 riviä luettu, 0 tallennettu (0 uutta, 0 päivitetty), 0 ohitettu"
                + " · merkistö UTF-8 · erotin puolipiste (;)", summary(), "the template imports unchanged");
        _assertNone(Div.class, spec -> spec.withId("import-report"));
    }

    @Test
    void inSwedishTheAllowedValuesAreSwedish() {
        kit.signIn("pia", "pia", List.of("/tenants/lappi/professional"), List.of());
        kit.session().setLocale(PortalI18NProvider.SWEDISH);
        kit.start();
        kit.open("lappi/networks/import");
        _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("import-format")).setValue(
                fi.kykyverkko.networks.imports.ImportFormats.ORGANISATIONS);
        upload("org.csv", "code,name_fi,type\na,A,Kerho\n");
        assertTrue(summary().contains("1 rad lästa, 0 sparade (0 nya, 0 uppdaterade), 1 överhoppade · teckenkodning UTF-8 · avgränsare komma (,)"), summary());
        assertTrue(report().get(0).startsWith("Rad 2: raden hoppades över | Kolumn type: Okänt värde. Använd något av dessa: TE-tjänster, FPA, "), report().get(0));
    }
}
