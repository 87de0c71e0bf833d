package fi.kykyverkko.clients.imports;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.ClientsModule;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.ShellTestKit;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The import page as the team reads it: the template link, the upload, and the report as lines in words. */
class ClientImportViewTest {

    private static final List<Phase> PHASES = List.of(
            new Phase("initial-screening", MultilingualText.of("Alkukartoitus", null, null), 1),
            new Phase("team", MultilingualText.of("Tiimi", null, null), 2),
            new Phase("ended", MultilingualText.of("Päättynyt", null, null), 3));
    private static final List<ClientService> SERVICES = List.of(new ClientService("tyokykytiimi", MultilingualText.of("Työkykytiimi", null, null)));

    /** The import with the region in memory: the parser and the report are the real ones, nothing is stored. */
    static final class InMemoryImport extends ClientImport {
        @Override
        public ClientImportReport run(TenantId tenant, PortalUser user, byte[] file) {
            if (!ClientRoles.isTeam(user, tenant)) {
                throw new SecurityException("only the team");
            }
            ClientImportParser.Parsed parsed = new ClientImportParser(new ClientImportParser.Region(PHASES, SERVICES,
                    email -> List.of(), code -> Optional.empty())).parse(file);
            return parsed.report(parsed.clients().size(), parsed.clients().stream().mapToInt(c -> c.episodes().size()).sum(), List.of());
        }

        @Override
        public byte[] template(TenantId tenant, Locale language) {
            return ClientImport.template(PHASES, SERVICES, language);
        }
    }

    private final ShellTestKit kit = new ShellTestKit(new ClientsModule()).bean(ClientImport.class, new InMemoryImport());

    @AfterEach
    void stop() {
        kit.close();
    }

    private static List<String> report() {
        return _find(_get(UnorderedList.class, spec -> spec.withId("client-import-report")), ListItem.class).stream()
                .map(ListItem::getText).toList();
    }

    @Test
    void theReportListsEveryLineInWordsAndNeverTheCode() {
        kit.signIn("pia", "pia", List.of("/tenants/lappi/professional"), List.of()).start();
        assertEquals(200, kit.open("lappi/clients/import"));
        assertTrue(_get(Anchor.class, spec -> spec.withId("client-import-template")).getHref().length() > 0);

        IdentityCode good = IdentityCode.of(LocalDate.of(1985, 4, 12), 901);
        String bad = good.value().substring(0, 10) + (good.value().charAt(10) == 'A' ? 'B' : 'A');
        String file = "client_ref;first_name;last_name;identity_code;service;started;initial-screening;team;ended;end_reason;lisätieto\n"
                + "1;Aino;Alanen;" + good.value() + ";tyokykytiimi;3.2.2025;3.2.2025;17.2.2025;30.6.2025;Työllistyi;\n"
                + "2;Bertta;Berg;" + bad + ";tyokykytiimi;3.2.2025;;;;;\n"
                + "2;;;;tyokykytiimi;1.13.2025;;;;;\n";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("client-import-upload")), "asiakkaat.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));

        assertEquals("Tiedosto asiakkaat.csv (CSV) – 3 riviä luettu: 1 asiakasta ja 1 asiakkuusjaksoa tuotu, 1 asiakasta (2 riviä) jätetty tuomatta",
                _get(Paragraph.class, spec -> spec.withId("client-import-summary")).getText());
        List<String> report = report();
        assertEquals(List.of(
                "Koko tiedosto: Tuntemattomia sarakkeita ei tuoda: lisätieto.",
                "Rivi 3, sarake identity_code: henkilötunnus ei kelpaa. Asiakasta ei tuotu.",
                "Rivi 4, sarake started: päivä muodossa 3.2.2025 tai 2025-02-03."), report);
        for (String line : report) {
            assertFalse(line.contains(bad) || line.contains(bad.substring(7)) || line.contains(good.value()), line);
        }
    }

    @Test
    void onlyTheTeamReachesTheImport() {
        kit.signIn("nina", "nina", List.of("/tenants/lappi/network-member"), List.of()).start();
        assertEquals(404, kit.open("lappi/clients/import"));
    }
}
