package fi.kykyverkko.networks.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.imports.Choices;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.InMemoryNetwork;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.OrganisationType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The networks formats through the real import engine, on an in-memory region. */
class ImportFormatsTest {

    static final TenantId LAPPI = TenantId.of("lappi");
    static final PortalUser STAFF = new PortalUser("staff", "Staff", false, Map.of(LAPPI, Set.of("professional")));

    private final InMemoryNetwork network = new InMemoryNetwork();

    private ImportReport run(ImportFormat<?> format, String csv) {
        return network.importer.run(LAPPI, STAFF, format, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(ImportReport report) {
        return report.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.key()).toList();
    }

    @Test
    void aRowWithABadTypeAndAnInvalidBusinessIdReportsBoth() {
        ImportReport report = run(ImportFormats.ORGANISATIONS, "tunnus;nimi;tyyppi;y-tunnus\n"
                + "hyva;Hyvä ry;Järjestö;0246246-0\n"
                + "kaksi;Kaksi vikaa;Kerho;1234567-8\n"
                + "muoto;Väärä muoto;=Kela;12345\n");
        assertEquals(List.of("3 type import.unknown-choice", "3 business_id networks.validation.business-id",
                "4 type csv.formula", "4 business_id networks.validation.business-id-format"), problems(report));
        assertEquals(List.of("hyva"), network.all(Organisation.class).stream().map(Organisation::getCode).toList());
        Choices allowed = (Choices) report.problems().get(0).args().get(0);
        assertEquals(OrganisationType.values().length, allowed.labels(Locale.forLanguageTag("fi")).size());
        assertTrue(allowed.labels(Locale.forLanguageTag("fi")).contains("Järjestö"));
        assertTrue(allowed.labels(Locale.forLanguageTag("sv")).contains("Organisation (tredje sektorn)"), allowed.labels(Locale.forLanguageTag("sv")).toString());
    }

    @Test
    void everyTemplateHasAnExampleAndTheAllowedValuesAndImportsUnchanged() {
        for (ImportFormat<?> format : ImportFormats.all()) {
            for (String language : List.of("fi", "sv", "en")) {
                byte[] template = ImportFormats.template(format, Locale.forLanguageTag(language));
                List<String> lines = List.of(new String(template, StandardCharsets.UTF_8).substring(1).split("\r\n"));
                assertEquals(String.join(";", format.header()), lines.get(0));
                assertEquals(4, lines.size(), format.id() + ": header, example, allowed values, note");
                assertTrue(lines.get(1).startsWith("#"), lines.get(1));
                assertTrue(lines.get(2).startsWith("# "), lines.get(2));
                ImportReport report = network.importer.run(LAPPI, STAFF, format, template);
                assertTrue(report.problems().isEmpty(), format.id() + " " + language + ": " + report.problems());
                assertEquals(0, report.rows() + report.saved());
            }
        }
        String services = new String(ImportFormats.template(ImportFormats.SERVICES, Locale.forLanguageTag("fi")), StandardCharsets.UTF_8);
        assertTrue(services.contains("TE-palvelut | Kela | Terveydenhuolto"), "the categories are listed under their column: " + services);
        assertTrue(services.contains("Paikan päällä | Puhelimitse | Etänä"), services);
        assertTrue(services.contains("Paikan päällä|Puhelimitse"), "the example uses the same labels: " + services);
        String swedish = new String(ImportFormats.template(ImportFormats.ORGANISATIONS, Locale.forLanguageTag("sv")), StandardCharsets.UTF_8);
        assertTrue(swedish.contains(";Organisation (tredje sektorn);"), "the example's choices in the reader's language: " + swedish);
    }

    @Test
    void theExampleRowWithoutItsMarkIsAGoodRow() {
        String template = new String(ImportFormats.template(ImportFormats.ORGANISATIONS, Locale.forLanguageTag("fi")), StandardCharsets.UTF_8);
        ImportReport report = run(ImportFormats.ORGANISATIONS, template.replace("\r\n#esimerkki-ry;", "\r\nesimerkki-ry;"));
        assertEquals(1, report.created(), report.problems().toString());
        Organisation example = network.all(Organisation.class).get(0);
        assertEquals("0246246-0", example.getBusinessId());
        assertEquals(OrganisationType.NGO, example.getType());
    }
}
