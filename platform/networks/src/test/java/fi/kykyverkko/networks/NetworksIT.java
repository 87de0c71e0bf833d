package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.module.HomeCard;
import fi.kykyverkko.kernel.module.HomeContext;
import fi.kykyverkko.kernel.module.Indicator;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.catalogue.Catalogue;
import fi.kykyverkko.networks.catalogue.CatalogueQuery;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.catalogue.HsdsExport;
import fi.kykyverkko.networks.events.EventRegistration;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingAttachment;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.imports.ImportFormats;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.networks.imports.NetworkImport;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The networks module inside Payara Micro on the real MariaDB: isolation of every entity, imports, exports, demo data. */
class NetworksIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final PortalUser STAFF = new PortalUser("it.staff", "IT Staff", false,
            Map.of(LAPPI, Set.of("professional"), KYMENLAAKSO, Set.of("professional")));

    @Inject
    TenantData data;

    @Inject
    NetworkImport importer;

    @Inject
    Organisations organisations;

    @Inject
    People people;

    @Inject
    Catalogue catalogue;

    @Inject
    Groups groups;

    @Inject
    Events events;

    @Inject
    NetworksModule networks;

    @Inject
    fi.kykyverkko.kernel.identity.TenantMembers members;

    @Test
    void demoNetworksFromTheSeedsAreLoaded() {
        for (TenantId region : List.of(LAPPI, KYMENLAAKSO, TenantId.of("keski-uusimaa"), TenantId.of("etela-savo"))) {
            assertTrue(catalogue.search(region, CatalogueQuery.ALL).size() >= 25, region + " has fewer than 25 services");
            assertFalse(groups.overview(region).isEmpty(), region + " has no groups");
        }
        GroupSummary development = groups.overview(LAPPI).stream().filter(s -> s.group().getCode().equals("kehittamisryhma")).findFirst().orElseThrow();
        assertEquals(22, development.group().getMembers().size());
        GroupSummary steering = groups.overview(LAPPI).stream().filter(s -> s.group().getCode().equals("ohjausryhma")).findFirst().orElseThrow();
        assertEquals(14, steering.group().getMembers().size());
        // Keusote's job coaching network has not met for months and has nothing planned: quiet
        assertTrue(groups.quiet(TenantId.of("keski-uusimaa")).stream().anyMatch(s -> s.group().getCode().equals("tyohonvalmennuksen-verkosto")));
        assertTrue(groups.quiet(LAPPI).isEmpty(), "Lapland's groups keep their cadence");
    }

    @Test
    void everyNetworkEntityStaysInItsOwnTenant() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Organisation org = new Organisation();
        org.setCode("iso-" + suffix);
        org.setNameFi("Eristystesti " + suffix);
        org = organisations.save(LAPPI, STAFF, org);
        Person person = new Person();
        person.setCode("iso-p-" + suffix);
        person.setName("Testi Henkilö");
        person.setOrganisation(org);
        person = people.save(LAPPI, STAFF, person);
        CatalogueService service = new CatalogueService();
        service.setCode("iso-s-" + suffix);
        service.setOrganisation(org);
        service.setNameFi("Eristyspalvelu " + suffix);
        service.setDescriptionFi("Kuvaus");
        service.setCategory(fi.kykyverkko.networks.catalogue.ServiceCategory.NGO);
        service.setChannels(Set.of(fi.kykyverkko.networks.catalogue.Channel.PHONE));
        service = catalogue.save(LAPPI, STAFF, service);
        NetworkGroup group = new NetworkGroup();
        group.setCode("iso-g-" + suffix);
        group.setName("Eristysryhmä");
        group.setStartedOn(java.time.LocalDate.now());
        group.setMembers(Set.of(person));
        group = groups.save(LAPPI, STAFF, group);
        Meeting meeting = new Meeting(group.getId());
        meeting.setStartsAt(Instant.now().plusSeconds(86_400));
        meeting.setEndsAt(Instant.now().plusSeconds(90_000));
        meeting.setPlace("Rovaniemi " + suffix);
        meeting = groups.saveMeeting(LAPPI, STAFF, meeting);
        var attachment = groups.attach(LAPPI, STAFF, meeting.getId(), "muistio-" + suffix + ".txt", "text/plain", "muistio".getBytes(StandardCharsets.UTF_8));
        GroupTask task = new GroupTask(group.getId());
        task.setTitle("Eristystehtävä " + suffix);
        task = groups.saveTask(LAPPI, STAFF, task);
        NetworkEvent event = new NetworkEvent();
        event.setCode("iso-e-" + suffix);
        event.setTitle("Eristystapahtuma");
        event.setStartsAt(Instant.now().plusSeconds(86_400));
        event.setEndsAt(Instant.now().plusSeconds(90_000));
        event.setPlace("Rovaniemi");
        event.setRegistrationOpen(true);
        event = events.save(LAPPI, STAFF, event);
        EventRegistration registration = new EventRegistration(event.getId(), STAFF.username(), Instant.now());
        registration.setName("Osallistuja " + suffix);
        registration = events.register(LAPPI, STAFF, registration);

        // every kind of row, found by its unique marker: once in its own tenant, never in the other
        Map<String, String> markers = Map.of(
                "SELECT COUNT(x) FROM Organisation x WHERE x.code = :m", org.getCode(),
                "SELECT COUNT(x) FROM Person x WHERE x.code = :m", person.getCode(),
                "SELECT COUNT(x) FROM CatalogueService x WHERE x.code = :m", service.getCode(),
                "SELECT COUNT(x) FROM NetworkGroup x WHERE x.code = :m", group.getCode(),
                "SELECT COUNT(x) FROM Meeting x WHERE x.place = :m", "Rovaniemi " + suffix,
                "SELECT COUNT(x) FROM MeetingAttachment x WHERE x.fileName = :m", "muistio-" + suffix + ".txt",
                "SELECT COUNT(x) FROM GroupTask x WHERE x.title = :m", "Eristystehtävä " + suffix,
                "SELECT COUNT(x) FROM NetworkEvent x WHERE x.code = :m", event.getCode(),
                "SELECT COUNT(x) FROM EventRegistration x WHERE x.name = :m", "Osallistuja " + suffix);
        for (var marker : markers.entrySet()) {
            Function<TenantId, Long> count = tenant -> data.call(tenant,
                    em -> em.createQuery(marker.getKey(), Long.class).setParameter("m", marker.getValue()).getSingleResult());
            assertEquals(1L, count.apply(LAPPI), marker.getKey());
            assertEquals(0L, count.apply(KYMENLAAKSO), marker.getKey() + " seen from another tenant");
        }
        assertEquals(attachment.fileName(), groups.attachment(LAPPI, attachment.id()).orElseThrow().getFileName());
        String name = "Eristyspalvelu " + suffix;
        assertEquals(1, catalogue.search(LAPPI, new CatalogueQuery(name, null, null, null)).size());
        assertTrue(catalogue.search(KYMENLAAKSO, new CatalogueQuery(name, null, null, null)).isEmpty());
        assertTrue(organisations.byCode(KYMENLAAKSO, org.getCode()).isEmpty());
        assertTrue(people.byCode(KYMENLAAKSO, person.getCode()).isEmpty());
        assertTrue(groups.byCode(KYMENLAAKSO, group.getCode()).isEmpty());
        assertTrue(events.byCode(KYMENLAAKSO, event.getCode()).isEmpty());
    }

    @Test
    void importKeepsGoodRowsListsBadOnesAndUpdatesOnReimport() {
        String run = Long.toString(System.nanoTime(), 36);
        String csv = ("tunnus;nimi;tyyppi;y-tunnus;puhelin;kunnat\n"
                + "imp-a;Järjestö Ä;Järjestö;;+358 40 123 4567;Rovaniemi\n"
                + "imp-b;=cmd()|' /C calc'!A0;NGO;;;\n"
                + "imp-c;Huono Y-tunnus;NGO;1234567-8;;\n"
                + "imp-a;Toinen A;NGO;;;\n"
                + "imp-d;Tuntematon tyyppi;Kerho;;;\n"
                + "imp-e;Kela Rovaniemi;Kela;0246246-0;;\"Rovaniemi; Kemijärvi\"\n").replace("imp-", "imp-" + run + "-");
        ImportReport first = importer.run(LAPPI, STAFF, ImportFormats.ORGANISATIONS, csv.getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", first.encoding());
        assertEquals(';', first.separator());
        assertEquals(2, first.created(), first.problems().toString());
        assertTrue(has(first, 3, "csv.formula"), first.problems().toString());
        assertTrue(has(first, 4, "networks.validation.business-id"), first.problems().toString());
        assertTrue(has(first, 5, "import.duplicate-code"), first.problems().toString());
        assertTrue(has(first, 6, "import.unknown-choice"), first.problems().toString());
        assertEquals("Järjestö Ä", organisations.byCode(LAPPI, "imp-" + run + "-a").orElseThrow().getNameFi());

        String again = "code,name_fi,type\nimp-" + run + "-a,Järjestö Ä uusi nimi,NGO\n";
        ImportReport second = importer.run(LAPPI, STAFF, ImportFormats.ORGANISATIONS, again.getBytes(StandardCharsets.UTF_8));
        assertEquals(',', second.separator());
        assertEquals(0, second.created());
        assertEquals(1, second.updated());
        Organisation updated = organisations.byCode(LAPPI, "imp-" + run + "-a").orElseThrow();
        assertEquals("Järjestö Ä uusi nimi", updated.getNameFi());
        assertEquals("+358 40 123 4567", updated.getPhone(), "a column the file lacks is left as it was");

        ImportReport missing = importer.run(LAPPI, STAFF, ImportFormats.SERVICES, "code;name_fi\nx;y\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(missing.rejectedWholeFile());
        assertTrue(has(missing, 0, "csv.missing-columns"), missing.problems().toString());
        assertEquals(0, missing.created() + missing.updated());

        // "Unicode text" from Excel is UTF-16: refused as a whole with a reason, nothing half-read
        ImportReport utf16 = importer.run(LAPPI, STAFF, ImportFormats.ORGANISATIONS,
                ("code;name_fi;type\nimp-" + run + "-u;Ääkkönen;NGO\n").getBytes(StandardCharsets.UTF_16));
        assertTrue(utf16.rejectedWholeFile());
        assertTrue(has(utf16, 0, "csv.encoding"), utf16.problems().toString());
        assertTrue(organisations.byCode(LAPPI, "imp-" + run + "-u").isEmpty());
    }

    @Test
    void aNetworkMemberMaintainsOnlyTheirOwnOrganisationsEntries() {
        PortalUser member = new PortalUser("lappi.network-member", "Nina", false, Map.of(LAPPI, Set.of("network-member")));
        List<CatalogueService> own = catalogue.maintainedBy(LAPPI, member.username());
        assertFalse(own.isEmpty(), "the demo network member's NGO has entries");
        assertTrue(catalogue.canEdit(member, LAPPI, own.get(0)));
        CatalogueService others = catalogue.search(LAPPI, CatalogueQuery.ALL).stream()
                .filter(s -> !s.getOrganisation().getId().equals(own.get(0).getOrganisation().getId())).findFirst().orElseThrow();
        assertFalse(catalogue.canEdit(member, LAPPI, others));
        assertThrows(SecurityException.class, () -> catalogue.save(LAPPI, member, others));
    }

    @Test
    void theModulesIndicatorsCountTheDemoYearOfEvents() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
        Indicator held = networks.indicators().stream().filter(i -> i.id().equals("networks.events-held")).findFirst().orElseThrow();
        Indicator participants = networks.indicators().stream().filter(i -> i.id().equals("networks.event-participants")).findFirst().orElseThrow();
        // the demo region has 11 past events a month apart within the last year, and one still to come
        assertEquals(11, held.value(LAPPI, today.minusYears(1), today.plusDays(1)).intValue());
        long expected = events.between(LAPPI, today.minusYears(1), today.plusDays(1)).stream()
                .filter(s -> s.event().getStartsAt().isBefore(Instant.now())).mapToLong(EventSummary::participants).sum();
        assertTrue(expected > 0);
        assertEquals(expected, participants.value(LAPPI, today.minusYears(1), today.plusDays(1)).longValue());
        assertNull(participants.denominator(), "a plain count states no denominator");
    }

    @Test
    void frontPageCardsAskTheRightPeopleToAct() {
        PortalUser admin = new PortalUser("lappi.tenant-admin", "Tiina", false, Map.of(LAPPI, Set.of("tenant-admin")));
        List<String> adminCards = networks.homeCards(new HomeContext(LAPPI, admin)).stream().map(HomeCard::titleKey).toList();
        assertTrue(adminCards.contains("networks.home.review-title"), adminCards.toString());
        assertFalse(adminCards.contains("networks.home.quiet-title"), "Lapland's groups keep their cadence: " + adminCards);

        TenantId keusote = TenantId.of("keski-uusimaa");
        PortalUser convener = new PortalUser("keski-uusimaa.network-member", "Nina", false, Map.of(keusote, Set.of("network-member")));
        HomeCard quiet = networks.homeCards(new HomeContext(keusote, convener)).stream()
                .filter(c -> c.titleKey().equals("networks.home.quiet-title")).findFirst().orElseThrow();
        assertTrue(quiet.attention());
        HomeCard.Line line = quiet.lines().stream().filter(l -> l.args().get(0).equals("Työ- ja työhönvalmennuksen verkosto")).findFirst().orElseThrow();
        assertEquals("networks.home.quiet-group-yours", line.textKey());
        assertEquals(fi.kykyverkko.networks.ui.GroupView.class, line.route());

        PortalUser outsider = new PortalUser("someone.else", "X", false, Map.of(LAPPI, Set.of("professional")));
        assertTrue(networks.homeCards(new HomeContext(keusote, outsider)).isEmpty(), "no role in the region, no cards");
    }

    @Test
    void hsdsExportUsesTheStandardsFieldNames() {
        JsonObject hsds = HsdsExport.of(LAPPI, catalogue.search(LAPPI, CatalogueQuery.ALL), Locale.forLanguageTag("fi"));
        for (String table : List.of("organizations", "services", "locations", "service_at_locations", "contacts", "service_areas")) {
            assertTrue(hsds.containsKey(table), table);
        }
        JsonObject service = hsds.getJsonArray("services").getJsonObject(0);
        for (String field : List.of("id", "organization_id", "name", "description", "status", "assured_date")) {
            assertTrue(service.containsKey(field), field + " in " + service);
        }
        JsonObject kela = hsds.getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Kela")).findFirst().orElseThrow();
        assertEquals("0246246-0", kela.getJsonArray("organization_identifiers").getJsonObject(0).getString("identifier"));
        String orgId = service.getString("organization_id");
        assertTrue(hsds.getJsonArray("organizations").getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("id").equals(orgId)));
        assertNull(service.get("undefined_field"));
    }

    @Test
    void aPersonRegistersOnceForAnEventInTheServiceAndInTheSchema() {
        String suffix = Long.toString(System.nanoTime(), 36);
        NetworkEvent event = new NetworkEvent();
        event.setCode("once-" + suffix);
        event.setTitle("Kerran " + suffix);
        event.setStartsAt(Instant.now().plusSeconds(7 * 86_400));
        event.setEndsAt(Instant.now().plusSeconds(7 * 86_400 + 3600));
        event.setPlace("Rovaniemi");
        event.setRegistrationOpen(true);
        long id = events.save(LAPPI, STAFF, event).getId();
        java.util.function.Supplier<EventRegistration> mine = () -> {
            EventRegistration r = new EventRegistration(id, STAFF.username(), Instant.now());
            r.setName("IT Staff");
            return r;
        };
        events.register(LAPPI, STAFF, mine.get());
        InvalidInputException again = assertThrows(InvalidInputException.class, () -> events.register(LAPPI, STAFF, mine.get()));
        assertEquals("networks.validation.already-registered", again.problems().list().get(0).key());
        assertEquals(1, events.registrations(LAPPI, id).size());
        assertEquals(Set.of(id), events.registeredEventIds(LAPPI, STAFF.username()).stream().filter(e -> e == id).collect(java.util.stream.Collectors.toSet()));
        // the schema keeps the rule even past the service (two requests racing past the check)
        assertThrows(RuntimeException.class, () -> data.run(LAPPI, em -> {
            em.persist(mine.get());
            em.flush();
        }));
        assertEquals(1, events.registrations(LAPPI, id).size());

        events.cancelRegistration(LAPPI, STAFF, id);
        assertTrue(events.registrationOf(LAPPI, id, STAFF.username()).isEmpty());
        events.register(LAPPI, STAFF, mine.get());
        assertTrue(events.registrationOf(LAPPI, id, STAFF.username()).isPresent(), "registering again after cancelling");
    }

    @Test
    void anEventAtHalfPastMidnightOnTheFirstIsInItsHelsinkiMonth() {
        String suffix = Long.toString(System.nanoTime(), 36);
        // 1.7.2031 00.30 in Helsinki is 30.6. 21.30 UTC: the database holds UTC, the month is Helsinki's
        LocalDate first = LocalDate.of(2031, 7, 1);
        NetworkEvent event = new NetworkEvent();
        event.setCode("midnight-" + suffix);
        event.setTitle("Keskiyö " + suffix);
        event.setStartsAt(fi.kykyverkko.kernel.time.PortalTime.instant(first.atTime(0, 30)));
        event.setEndsAt(fi.kykyverkko.kernel.time.PortalTime.instant(first.atTime(1, 30)));
        event.setPlace("Rovaniemi");
        events.save(LAPPI, STAFF, event);
        java.util.function.Predicate<List<EventSummary>> hasIt = list -> list.stream().anyMatch(e -> e.event().getCode().equals("midnight-" + suffix));
        assertTrue(hasIt.test(events.between(LAPPI, first, first.plusMonths(1))));
        assertFalse(hasIt.test(events.between(LAPPI, first.minusMonths(1), first)));
        var july = events.perMonth(LAPPI, first, first.plusMonths(1)).get(0);
        assertTrue(july.events() >= 1, july.toString());
        assertEquals(0, july.held(), "not held yet");
    }

    @Test
    void theDemoNetworkMeetsOnWorkingDaysAndKeepsItsCadences() {
        for (TenantId region : List.of(LAPPI, KYMENLAAKSO, TenantId.of("keski-uusimaa"), TenantId.of("etela-savo"))) {
            for (GroupSummary s : groups.overview(region)) {
                if (!s.group().getCode().startsWith("iso-g-")) {
                    for (Meeting m : groups.meetings(region, s.group().getId())) {
                        LocalDate day = fi.kykyverkko.kernel.time.PortalTime.date(m.getStartsAt());
                        assertTrue(s.group().getCadence() == null || s.group().getCadence().fits(day),
                                region + " " + s.group().getCode() + " meets on " + day + " " + day.getDayOfWeek());
                    }
                }
            }
            for (EventSummary e : events.between(region, LocalDate.now().minusYears(1), LocalDate.now().plusYears(1))) {
                if (e.event().getCode().startsWith(region.value())) {
                    java.time.DayOfWeek day = fi.kykyverkko.kernel.time.PortalTime.date(e.event().getStartsAt()).getDayOfWeek();
                    assertTrue(day != java.time.DayOfWeek.SATURDAY && day != java.time.DayOfWeek.SUNDAY, region + " " + e.event().getCode() + " on " + day);
                }
            }
        }
        // Lapland's groups are on their cadence, not merely not quiet ("first Tuesday" on first Tuesdays)
        for (GroupSummary s : groups.overview(LAPPI)) {
            if (List.of("kehittamisryhma", "ohjausryhma", "tyohonvalmentajat").contains(s.group().getCode())) {
                assertEquals(fi.kykyverkko.networks.groups.GroupActivity.State.ON_TRACK, s.activity().state(), s.group().getCode() + " " + s.activity());
            }
        }
    }

    @Test
    void demoPeopleHaveOneNameAndTheirAccountsRolesNotAnother() {
        for (TenantId region : List.of(LAPPI, KYMENLAAKSO)) {
            for (var member : members.list(region)) {
                people.forUser(region, member.username()).ifPresent(person ->
                        assertEquals(member.name(), person.getName(), region + ": " + member.username() + " is one person with one name"));
            }
        }
        var kaisa = people.forUser(LAPPI, "kela.asiantuntija");
        assertTrue(kaisa.isPresent(), "the Kela expert is in Lapland's network");
        assertEquals(kaisa.get().getTitle(), people.forUser(KYMENLAAKSO, "kela.asiantuntija").map(Person::getTitle).orElse(null), "one title in both regions");
        List<fi.kykyverkko.kernel.identity.TenantMembers.Member> lapland = members.list(LAPPI);
        assertEquals(Set.of("manager"), lapland.stream().filter(m -> m.username().equals("lappi.manager")).findFirst()
                .map(fi.kykyverkko.kernel.identity.TenantMembers.Member::roles).orElse(null), lapland.toString());
    }

    private static boolean has(ImportReport report, int line, String key) {
        return report.problems().stream().anyMatch(p -> p.line() == line && p.key().equals(key));
    }
}
