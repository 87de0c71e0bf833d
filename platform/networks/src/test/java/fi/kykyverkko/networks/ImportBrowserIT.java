package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The CSV import in Chromium: a file with several bad rows, its report read back in full, then the template as it is. */
class ImportBrowserIT extends PortalClientTest {

    /** Chooses a file in the upload as a person would: through its own file input and its change event. */
    static void upload(Browser browser, String uploadId, String fileName, String content) {
        browser.script("const input = document.getElementById(arguments[0]).shadowRoot.querySelector('input[type=file]');"
                + "const files = new DataTransfer(); files.items.add(new File([arguments[2]], arguments[1], {type: 'text/csv'}));"
                + "input.files = files.files; input.dispatchEvent(new Event('change', {bubbles: true}));", uploadId, fileName, content);
    }

    @Test
    void aFileWithSeveralBadRowsIsReportedInFullThenTheTemplateImportsWithoutRemovingTheFirstFile() throws Exception {
        String run = "it-imp-" + Long.toString(System.nanoTime(), 36);
        String file = ("tunnus;nimi;tyyppi;y-tunnus;puhelin\n"
                + "RUN-a;Tuontiyhdistys ry;Järjestö;0246246-0;040 123 4567\n"
                + "RUN-b;Kaksi vikaa;Kerho;1234567-8;\n"
                + "RUN-c;Kaava;=Kela;12345;\n"
                + "RUN-a;Sama tunnus;Kela;;\n").replace("RUN", run);
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "etela-savo.professional");
            browser.open(portal("etela-savo/networks/import"));
            browser.waitFor(By.id("import-upload"));
            browser.choose("import-format", "Organisaatiot");
            upload(browser, "import-upload", "organisaatiot.csv", file);
            browser.waitForText(By.id("import-summary"), "riviä luettu");
            assertEquals("Tiedosto organisaatiot.csv – 4 riviä luettu, 1 tallennettu (1 uutta, 0 päivitetty), 3 ohitettu"
                    + " · merkistö UTF-8 · erotin puolipiste (;)", browser.text(By.id("import-summary")));
            String report = browser.text(By.id("import-report"));
            List<String> expected = List.of(
                    "Rivinumero on rivin numero Excelissä: otsikkorivi on rivi 1.",
                    "Rivi 3: rivi ohitettu",
                    "Sarake type: Tuntematon arvo. Käytä jotakin näistä: TE-palvelut, Kela, Kunta, Työllisyyden kuntakokeilu,",
                    "Sarake business_id: Y-tunnuksen tarkistusnumero (viivan jälkeinen numero) ei täsmää muihin numeroihin.",
                    "Rivi 4: rivi ohitettu",
                    "Rivi 4, sarake type: solu näyttää taulukkolaskentakaavalta",
                    "Sarake business_id: Y-tunnus kirjoitetaan seitsemällä numerolla, väliviivalla ja tarkistusnumerolla, esimerkiksi 0246246-0.",
                    "Rivi 5: rivi ohitettu",
                    "Sarake code: Sama tunnus on jo rivillä 2; tämä rivi ohitettiin.");
            int at = -1;
            for (String part : expected) {
                int found = report.indexOf(part);
                assertTrue(found > at, "'" + part + "' after the previous part in:\n" + report);
                at = found;
            }
            assertEquals(List.of(), browser.script("return [...document.querySelectorAll('#import-report *')]"
                    + ".filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + ': ' + e.textContent)"), "nothing is cut");
            assertEquals(Boolean.FALSE, browser.script("return document.getElementById('import-upload').maxFilesReached"),
                    "the upload takes the next file without removing this one");
            List<String> problems = browser.accessibilityProblems("import after a file");

            String template = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('import-template').href).then(r => r.text()).then(done, e => done(String(e)));");
            assertTrue(template.contains("#esimerkki-ry;Esimerkki ry;") && template.contains("# Sallitut arvot"), template);
            upload(browser, "import-upload", "organisaatiot-pohja.csv", template);
            browser.waitForText(By.id("import-summary"), "organisaatiot-pohja.csv");
            assertEquals("Tiedosto organisaatiot-pohja.csv – 0 riviä luettu, 0 tallennettu (0 uutta, 0 päivitetty), 0 ohitettu"
                    + " · merkistö UTF-8 · erotin puolipiste (;)", browser.text(By.id("import-summary")), "the template imports unchanged");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }
}
