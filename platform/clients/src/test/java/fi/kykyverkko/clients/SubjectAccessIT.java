package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.access.SubjectAccess;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A client's subject access exports on the real stack: everything held, readable, audited, for the data protection officer only. */
class SubjectAccessIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final PortalUser WORKER = new PortalUser("it.subject", "IT Subject", false, Map.of(LAPPI, Set.of("professional")));
    private static final PortalUser DPO = new PortalUser("it.dpo", "IT DPO", false,
            Map.of(LAPPI, Set.of("data-protection"), KYMENLAAKSO, Set.of("data-protection")));

    @Inject
    Clients clients;

    @Inject
    Consents consents;

    @Inject
    Organisations organisations;

    @Inject
    SubjectAccess subjects;

    @Inject
    AuditLog audit;

    @Test
    void theOfficerExportsEverythingHeldAsJsonAndReadablePdfAndEachExportIsLogged() throws Exception {
        String name = "Pyyntö" + Long.toString(System.nanoTime(), 36);
        IdentityCode code = IdentityCode.of(LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 30)),
                900 + ThreadLocalRandom.current().nextInt(100));
        Access team = Access.view(WORKER, "it/subject");
        Client client = Client.named("Åke", name);
        client.setPhone("040 765 4321");
        long id = clients.register(LAPPI, team, client, code).client().getId();
        LocalDate start = PortalTime.today().minusDays(40);
        Episode episode = clients.openEpisode(LAPPI, team, id, "tyokykytiimi", start);
        clients.change(LAPPI, team, episode.getId(), e -> e.moveTo("investigation", start.plusDays(12)));
        long kela = organisations.byCode(LAPPI, "kela").orElseThrow().getId();
        consents.give(LAPPI, team, Consent.give(id, kela, EnumSet.of(DataCategory.EPISODES), start, ConsentMethod.IN_PORTAL,
                start.plusYears(1)), null, null, null);

        Access officer = Access.export(DPO, "it/subject-access");
        JsonObject json = Json.createReader(new ByteArrayInputStream(subjects.json(LAPPI, officer, id).orElseThrow())).readObject();
        assertEquals(name, json.getJsonObject("client").getString("lastName"));
        assertEquals(code.value(), json.getJsonObject("client").getString("identityCode"), "the client's own code is theirs to see");
        var phases = json.getJsonArray("episodes").getJsonObject(0).getJsonArray("phases");
        assertEquals(2, phases.size());
        assertEquals(12, phases.getJsonObject(0).getInt("days"), "durations come with the history");
        assertTrue(json.getJsonArray("consents").getJsonObject(0).getJsonArray("categories").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList().contains("EPISODES"));
        assertFalse(json.getJsonArray("accessLog").isEmpty(), "who saw the data is part of the data");

        String pdf = text(subjects.pdf(LAPPI, officer, id, Locale.forLanguageTag("fi")).orElseThrow());
        assertTrue(pdf.contains("Sukunimi: " + name), pdf);
        assertTrue(pdf.contains("Etunimi: Åke"), pdf);
        assertTrue(pdf.contains(code.value()), pdf);
        assertTrue(pdf.contains("Selvittely") || pdf.contains("selvittely"), pdf);
        String log = text(subjects.accessLogPdf(LAPPI, officer, id, Locale.ENGLISH));
        assertTrue(log.contains("Access log of client " + id), log);
        assertTrue(log.contains("it.subject") || log.contains("IT Subject"), log);

        assertEquals(2, audit.search(LAPPI, AuditFilter.all().subject(id).actor("it.dpo").action(AuditAction.EXPORT)
                .category(DataCategory.EPISODES)).size(), "the JSON and the PDF each wrote an export entry");

        assertThrows(SecurityException.class, () -> subjects.json(LAPPI, Access.export(WORKER, "it"), id), "not for the team");
        // the same number in another region is another region's client (or nobody), never this one
        assertFalse(subjects.json(KYMENLAAKSO, officer, id).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse("")
                .contains(name), "another region's export never holds this client");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
