package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.retention.RetentionRun;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.clients.settings.ClientsSettings;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.MultilingualText;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The settings of the clients module inside Payara Micro on the real MariaDB. Every test works in a region made for
 * this class, since services and phases are never deleted and the other classes count the demo regions' lists; the
 * demo regions are only read, to show a change stays in its own region.
 */
class ClientsSettingsIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final List<String> DEFAULT_PHASES = List.of("initial-screening", "investigation", "assessment", "team", "follow-up", "ended");
    private static final Set<String> DEFAULT_SERVICES = Set.of("tyokykytiimi", "tyohonvalmennus", "elintapaohjaus", "tyokykykoordinaatio");
    private static TenantId region;

    @Inject
    ClientsSettings settings;

    @Inject
    Clients clients;

    @Inject
    TenantProvisioner provisioner;

    /** The region of this class, made at its first use (the classes share one deployment and its data). */
    private TenantId region() throws Exception {
        synchronized (ClientsSettingsIT.class) {
            if (region == null) {
                TenantId id = TenantId.of("it-settings-" + UUID.randomUUID().toString().substring(0, 8));
                provisioner.create(new TenantDefinition(id, new LocalizedText("Asetusalue", "Inställningsområde", "Settings region"),
                        "Asetusorganisaatio", List.of("Asetusla"), Set.of(), "base", List.of()), "ClientsSettingsIT");
                region = id;
            }
            return region;
        }
    }

    private static PortalUser person(TenantId tenant, String role) {
        return new PortalUser("it.settings." + role, "IT Settings " + role, false, Map.of(tenant, Set.of(role)));
    }

    private static String problems(InvalidInputException refused) {
        return refused.problems().list().stream().map(p -> p.field() + ": " + p.key()).sorted().toList().toString();
    }

    private List<String> phaseCodes(TenantId tenant) {
        return settings.phases(tenant).stream().map(Phase::getCode).toList();
    }

    private Phase phase(TenantId tenant, String code) {
        return settings.phases(tenant).stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aManagerAddsAServiceWithACapAndEpisodesCanBeOpenedInItUntilItIsRetired() throws Exception {
        TenantId here = region();
        PortalUser manager = person(here, Roles.MANAGER);
        Access professional = Access.view(person(here, Roles.PROFESSIONAL), "it/settings");
        assertTrue(settings.services(here).stream().map(ClientService::getCode).toList().containsAll(DEFAULT_SERVICES),
                "a new region starts with the migration's services");

        ClientService ips = new ClientService("ips-valmennus", MultilingualText.of("IPS-valmennus", "IPS-coachning", "IPS coaching"));
        ips.capCaseloadAt(12);
        long id = settings.saveService(here, manager, ips).getId();
        ClientService stored = settings.services(here).stream().filter(s -> s.getCode().equals("ips-valmennus")).findFirst().orElseThrow();
        assertEquals(id, stored.getId());
        assertEquals(12, stored.getCaseloadCap().orElseThrow());
        assertEquals("IPS coaching", stored.getName().en());
        assertEquals("it.settings.manager", stored.getUpdatedBy());

        long clientId = clients.register(here, professional, Client.named("Sanni", "Asetus"), null).client().getId();
        Episode episode = clients.openEpisode(here, professional, clientId, "ips-valmennus", LocalDate.of(2026, 11, 2));
        assertEquals(id, episode.getServiceId());
        assertEquals(12, clients.caseloadOf(here, 1L, id).cap().orElseThrow(), "the cap counts for the caseload check");

        // a code already used, a cap out of range and a missing name are refused together, nothing stored
        ClientService twin = new ClientService("ips-valmennus", MultilingualText.EMPTY);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> settings.saveService(here, manager, twin));
        assertEquals("[code: validation.code-taken, nameFi: validation.required]", problems(refused));
        assertEquals("caseloadCap: clients.caseload.cap-range",
                problems(assertThrows(InvalidInputException.class, () -> stored.capCaseloadAt(501))).replaceAll("[\\[\\]]", ""));

        // renamed and uncapped, then retired: no new episodes in it, the old one still names it; then brought back
        stored.rename(stored.getName().withFi("IPS-työhönvalmennus"));
        stored.capCaseloadAt(null);
        ClientService renamed = settings.saveService(here, manager, stored);
        assertEquals("IPS-työhönvalmennus", renamed.getName().fi());
        assertTrue(renamed.getCaseloadCap().isEmpty());
        settings.retireService(here, manager, id);
        InvalidInputException retired = assertThrows(InvalidInputException.class,
                () -> clients.openEpisode(here, professional, clientId, "ips-valmennus", LocalDate.of(2026, 11, 3)));
        assertEquals("[service: clients.episode.unknown-service]", problems(retired));
        assertEquals(id, clients.episodesOf(here, professional, clientId).get(0).getServiceId());
        assertFalse(settings.services(here).stream().filter(s -> s.getId() == id).findFirst().orElseThrow().isActive());
        settings.bringBackService(here, manager, id);
        clients.openEpisode(here, professional, clientId, "ips-valmennus", LocalDate.of(2026, 11, 4));
        assertEquals(2, clients.episodesOf(here, professional, clientId).size());

        // a stale copy (someone saved in between) is refused rather than overwriting the newer names
        stored.rename(stored.getName().withFi("Vanha nimi"));
        assertThrows(RuntimeException.class, () -> settings.saveService(here, manager, stored));
        assertEquals("IPS-työhönvalmennus", settings.services(here).stream().filter(s -> s.getId() == id).findFirst().orElseThrow().getName().fi());
    }

    @Test
    void aProfessionalOrTheDataProtectionOfficerChangesNoServiceOrPhase() throws Exception {
        TenantId here = region();
        for (String role : List.of(Roles.PROFESSIONAL, ClientRoles.DATA_PROTECTION.name(), Roles.TENANT_ADMIN)) {
            PortalUser someone = person(here, role);
            assertThrows(SecurityException.class, () -> settings.saveService(here, someone,
                    new ClientService("kielletty-" + role, MultilingualText.finnish("Kielletty"))), role);
            long serviceId = settings.services(here).get(0).getId();
            assertThrows(SecurityException.class, () -> settings.retireService(here, someone, serviceId), role);
            assertThrows(SecurityException.class, () -> settings.savePhase(here, someone,
                    new Phase("kielletty-" + role, MultilingualText.finnish("Kielletty"))), role);
            long teamId = phase(here, "team").getId();
            assertThrows(SecurityException.class, () -> settings.movePhase(here, someone, teamId, -1), role);
        }
        // a manager of another region is no manager here
        PortalUser elsewhere = person(LAPPI, Roles.MANAGER);
        assertThrows(SecurityException.class, () -> settings.saveService(here, elsewhere,
                new ClientService("kielletty-lappi", MultilingualText.finnish("Kielletty"))));
        assertTrue(settings.services(here).stream().noneMatch(s -> s.getCode().startsWith("kielletty")));
        assertTrue(phaseCodes(here).stream().noneMatch(c -> c.startsWith("kielletty")));
    }

    @Test
    void aNewPhaseLandsBeforeEndedMovesUpAndDownAndEpisodesReachIt() throws Exception {
        TenantId here = region();
        PortalUser manager = person(here, Roles.MANAGER);
        Phase added = settings.savePhase(here, manager, new Phase("job-search", MultilingualText.of("Työnhaku", "Jobbsökning", "Job search")));
        List<String> codes = phaseCodes(here);
        assertEquals("job-search", codes.get(codes.size() - 2), codes.toString());
        assertEquals("ended", codes.get(codes.size() - 1));
        String above = codes.get(codes.size() - 3); // the other tests of the class add phases to this region too
        List<Integer> positions = settings.phases(here).stream().map(Phase::getPosition).toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, codes.size()).boxed().toList(), positions, "numbered 1..n");

        settings.movePhase(here, manager, added.getId(), -1);
        codes = phaseCodes(here);
        assertEquals(List.of("job-search", above, "ended"), codes.subList(codes.size() - 3, codes.size()));
        assertEquals("[position: clients.settings.phase.ended-fixed]", problems(assertThrows(InvalidInputException.class,
                () -> settings.movePhase(here, manager, phase(here, "ended").getId(), -1))));
        long lastBeforeEnded = phase(here, above).getId();
        assertEquals("[position: clients.settings.phase.before-ended]", problems(assertThrows(InvalidInputException.class,
                () -> settings.movePhase(here, manager, lastBeforeEnded, 1))));
        long first = settings.phases(here).get(0).getId();
        assertEquals("[position: clients.settings.phase.first-already]", problems(assertThrows(InvalidInputException.class,
                () -> settings.movePhase(here, manager, first, -1))));
        settings.movePhase(here, manager, added.getId(), 1);
        codes = phaseCodes(here);
        assertEquals(List.of(above, "job-search", "ended"), codes.subList(codes.size() - 3, codes.size()));

        // renamed in three languages; "ended" is renamed too, but keeps its code and its place
        Phase ended = phase(here, "ended");
        ended.rename(MultilingualText.of("Asiakkuus päättyi", "Klientskapet avslutades", "Clienthood ended"));
        settings.savePhase(here, manager, ended);
        assertEquals("Clienthood ended", phase(here, "ended").getName().en());
        assertEquals("ended", phaseCodes(here).get(phaseCodes(here).size() - 1));
        Phase stored = phase(here, "job-search");
        assertEquals("[code: clients.settings.code-fixed]", problems(assertThrows(InvalidInputException.class, () -> stored.setCode("search"))));
        assertEquals("[code: validation.code-taken]", problems(assertThrows(InvalidInputException.class,
                () -> settings.savePhase(here, manager, new Phase("ended", MultilingualText.finnish("Toinen loppu"))))));
        assertEquals("[nameFi: validation.required]", problems(assertThrows(InvalidInputException.class,
                () -> settings.savePhase(here, manager, new Phase("nameless", MultilingualText.EMPTY)))));

        // an episode moves into the new phase, which a phase list without it would refuse
        Access professional = Access.view(person(here, Roles.PROFESSIONAL), "it/settings");
        long clientId = clients.register(here, professional, Client.named("Veikko", "Vaiheikas"), null).client().getId();
        LocalDate start = LocalDate.of(2026, 10, 1);
        Episode episode = clients.openEpisode(here, professional, clientId, "tyokykytiimi", start);
        assertEquals("initial-screening", episode.getCurrentPhase());
        assertEquals("job-search", clients.change(here, professional, episode.getId(), e -> e.moveTo("job-search", start.plusDays(5)))
                .getCurrentPhase());
    }

    @Test
    void anotherRegionIsUnchanged() throws Exception {
        TenantId here = region();
        PortalUser manager = person(here, Roles.MANAGER);
        settings.savePhase(here, manager, new Phase("only-here", MultilingualText.finnish("Vain täällä")));
        settings.saveService(here, manager, new ClientService("vain-taalla", MultilingualText.finnish("Vain täällä")));
        settings.keepFor(here, person(here, ClientRoles.DATA_PROTECTION.name()), 7);

        assertEquals(DEFAULT_PHASES, phaseCodes(KYMENLAAKSO));
        assertEquals(DEFAULT_SERVICES, Set.copyOf(settings.services(LAPPI).stream().map(ClientService::getCode).toList()));
        assertTrue(settings.services(KYMENLAAKSO).stream().noneMatch(s -> s.getCode().equals("vain-taalla")));
        assertTrue(phaseCodes(LAPPI).stream().noneMatch("only-here"::equals));
        assertEquals(7, settings.retentionSetting(here).getRetentionYears());
        assertEquals(12, settings.retentionSetting(KYMENLAAKSO).getRetentionYears(), "the migration's default stays elsewhere");
    }

    @Test
    void theDataProtectionOfficerSetsTheRetentionPeriodAndRunsTheJobForTheRegionAndAManagerCannot() throws Exception {
        TenantId here = region();
        PortalUser officer = person(here, ClientRoles.DATA_PROTECTION.name());
        PortalUser manager = person(here, Roles.MANAGER);
        settings.keepFor(here, officer, 10);
        assertEquals(10, settings.retentionSetting(here).getRetentionYears());
        assertEquals("it.settings.data-protection", settings.retentionSetting(here).getUpdatedBy());
        assertThrows(SecurityException.class, () -> settings.keepFor(here, manager, 3));
        assertEquals("[retentionYears: clients.retention.years-range]", problems(assertThrows(InvalidInputException.class,
                () -> settings.keepFor(here, officer, 0))));
        assertEquals(10, settings.retentionSetting(here).getRetentionYears(), "neither the manager nor a refused value changed it");

        assertThrows(SecurityException.class, () -> settings.runRetentionNow(here, manager));
        int runsBefore = settings.retentionRuns(here).size();
        long execution = settings.runRetentionNow(here, officer);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        BatchStatus status = settings.retentionStatus(execution);
        while ((status == BatchStatus.STARTING || status == BatchStatus.STARTED) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = settings.retentionStatus(execution);
        }
        assertEquals(BatchStatus.COMPLETED, status);
        List<RetentionRun> runs = settings.retentionRuns(here);
        assertEquals(runsBefore + 1, runs.size(), "one run of this region");
        RetentionRun latest = runs.get(0);
        assertEquals(10, latest.getRetentionYears());
        assertEquals(1, latest.getExecutions());
        assertTrue(runs.size() <= ClientsSettings.RUNS_SHOWN);
    }
}
