package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import fi.kykyverkko.surveys.library.InstrumentLibrary;
import fi.kykyverkko.surveys.library.InstrumentVersion;
import fi.kykyverkko.surveys.library.Origin;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The instrument library inside Payara Micro on the real MariaDB. The demo regions are only read (the templates are
 * there after start); every change is made in a region created for this class, so the other classes and a rerun on
 * the same database see nothing of it.
 */
class InstrumentLibraryIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final List<String> SHIPPED = ShippedInstruments.all().stream().map(InstrumentDefinition::code).sorted().toList();
    private static TenantId region;

    @Inject
    InstrumentLibrary library;

    @Inject
    TenantProvisioner provisioner;

    /** The region of this class, made at its first use; creating it installs the templates (TenantChanged). */
    private TenantId region() throws Exception {
        synchronized (InstrumentLibraryIT.class) {
            if (region == null) {
                TenantId id = TenantId.of("it-library-" + UUID.randomUUID().toString().substring(0, 8));
                provisioner.create(new TenantDefinition(id, new LocalizedText("Kirjastoalue", "Biblioteksområde", "Library region"),
                        "Kirjasto-organisaatio", List.of("Kirjastola"), Set.of(), "base", List.of()), "InstrumentLibraryIT");
                region = id;
            }
            return region;
        }
    }

    private static PortalUser person(TenantId tenant, String role) {
        return new PortalUser("it.library." + role, "IT Library " + role, false, Map.of(tenant, Set.of(role)));
    }

    private static String who5() throws IOException {
        try (InputStream in = ShippedInstruments.class.getClassLoader().getResourceAsStream("instruments/who-5.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<String> codes(TenantId tenant) {
        return library.list(tenant, person(tenant, Roles.NETWORK_MEMBER)).stream().map(InstrumentVersion::getCode).sorted().toList();
    }

    @Test
    void everyShippedTemplateIsInEveryDemoRegionsLibraryAfterStart() {
        for (TenantId demo : List.of(LAPPI, KYMENLAAKSO)) {
            List<InstrumentVersion> listed = library.list(demo, person(demo, Roles.PROFESSIONAL));
            assertTrue(listed.stream().map(InstrumentVersion::getCode).toList().containsAll(SHIPPED), demo + ": " + listed);
            InstrumentVersion who5 = library.version(demo, person(demo, Roles.PROFESSIONAL), "who-5", 1).orElseThrow();
            assertEquals("WHO-5-hyvinvointi-indeksi", who5.getNameFi());
            assertEquals(5, who5.definition().items().stream().filter(i -> i.type().name().equals("WHO5_0_5")).count());
        }
    }

    @Test
    void aNewRegionGetsEveryTemplateOnceAsVersionOneAndInstallingAgainAddsNothing() throws Exception {
        TenantId here = region();
        PortalUser reader = person(here, Roles.NETWORK_MEMBER);
        for (String code : SHIPPED) {
            InstrumentVersion latest = library.latest(here, reader, code).orElseThrow(() -> new AssertionError(code));
            if (!code.equals("who-5")) { // the editing test below may have changed WHO-5 already
                assertEquals(1, latest.getNumber(), code);
                assertEquals(Origin.TEMPLATE, latest.getOrigin(), code);
                assertEquals(InstrumentLibrary.SYSTEM, latest.getCreatedBy(), code);
                assertFalse(latest.isFrozen(), code);
            }
        }
        int before = library.list(here, reader).size();
        assertEquals(0, library.installTemplates(here));
        assertEquals(before, library.list(here, reader).size());
    }

    @Test
    void aChangeReplacesTheUnansweredLatestAndAfterAnswersBecomesVersionTwoLeavingOneAsItWas() throws Exception {
        TenantId here = region();
        PortalUser professional = person(here, Roles.PROFESSIONAL);

        // unanswered: corrected in place, now the region's; the "version": 7 of the file is not trusted
        String regional = who5().replace("\"WHO-5-hyvinvointi-indeksi\"", "\"WHO-5 (alueen versio)\"").replace("\"version\": 1,", "\"version\": 7,");
        InstrumentVersion saved = library.save(here, professional, regional);
        assertEquals(1, saved.getNumber());
        assertEquals(Origin.REGION, saved.getOrigin());
        assertEquals(InstrumentLibrary.SYSTEM, saved.getCreatedBy(), "still the template's row");
        assertEquals("it.library.professional", saved.getUpdatedBy());
        InstrumentVersion one = library.latest(here, professional, "who-5").orElseThrow();
        assertEquals(1, one.getNumber());
        assertEquals("WHO-5 (alueen versio)", one.getNameFi());
        assertEquals(1, one.definition().version(), "the stored JSON says the library's version");
        assertEquals(1, codes(here).stream().filter("who-5"::equals).count());

        // answered: frozen, so the next change is version 2 and version 1 stays as it was
        library.markAnswered(here, "who-5", 1);
        String frozenJson = library.version(here, professional, "who-5", 1).orElseThrow().getDefinition();
        String second = regional.replace("\"WHO-5 (alueen versio)\"", "\"WHO-5 (toinen versio)\"");
        InstrumentVersion two = library.save(here, person(here, Roles.MANAGER), second);
        assertEquals(2, two.getNumber());
        assertFalse(two.isFrozen());
        assertEquals(2, library.latest(here, professional, "who-5").orElseThrow().getNumber());
        assertEquals("WHO-5 (toinen versio)", library.latest(here, professional, "who-5").orElseThrow().getNameFi());
        assertEquals(2, library.latest(here, professional, "who-5").orElseThrow().definition().version());
        InstrumentVersion stillOne = library.version(here, professional, "who-5", 1).orElseThrow();
        assertTrue(stillOne.isFrozen());
        assertEquals(frozenJson, stillOne.getDefinition());
        assertEquals("WHO-5 (alueen versio)", stillOne.getNameFi());

        // version 2 is unanswered: a tenant admin's correction stays version 2
        InstrumentVersion corrected = library.save(here, person(here, Roles.TENANT_ADMIN), second.replace("toinen versio", "korjattu"));
        assertEquals(2, corrected.getNumber());
        assertEquals("WHO-5 (korjattu)", library.version(here, professional, "who-5", 2).orElseThrow().getNameFi());
        assertTrue(library.version(here, professional, "who-5", 3).isEmpty());
    }

    @Test
    void aBrokenDefinitionListsEveryProblemWithItsPathAndSavesNothing() throws Exception {
        TenantId here = region();
        PortalUser professional = person(here, Roles.PROFESSIONAL);
        List<InstrumentVersion> before = library.list(here, professional);
        String code = "it-broken-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = who5().replace("\"code\": \"who-5\"", "\"code\": \"" + code + "\"")
                .replace("\"sv\": \"WHO-5 välbefinnandeindex\",", "").replace("\"WHO5_0_5\"", "\"WHO5_0_7\"");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> library.save(here, professional, broken));
        List<String> paths = refused.problems().list().stream().map(p -> p.field()).distinct().sorted().toList();
        assertTrue(paths.contains("name.sv"), paths.toString());
        assertTrue(paths.stream().filter(p -> p.matches("items\\[\\d+]\\.type")).count() >= 5, "every WHO-5 item's type: " + paths);
        assertTrue(library.latest(here, professional, code).isEmpty());
        assertEquals(before.size(), library.list(here, professional).size());

        InvalidInputException notJson = assertThrows(InvalidInputException.class, () -> library.save(here, professional, "{ not json"));
        assertEquals("instrument.json.malformed", notJson.problems().list().get(0).key());
    }

    @Test
    void aRegionsLibraryIsItsOwnAndOnlyItsTeamWritesIt() throws Exception {
        TenantId here = region();
        PortalUser lapland = person(LAPPI, Roles.PROFESSIONAL);
        assertThrows(SecurityException.class, () -> library.list(KYMENLAAKSO, lapland));
        assertThrows(SecurityException.class, () -> library.latest(KYMENLAAKSO, lapland, "who-5"));
        assertThrows(SecurityException.class, () -> library.version(KYMENLAAKSO, lapland, "who-5", 1));
        assertThrows(SecurityException.class, () -> library.save(KYMENLAAKSO, lapland, who5()));

        // a region's own instrument is in its library only
        String code = "it-own-" + UUID.randomUUID().toString().substring(0, 8);
        String own = who5().replace("\"code\": \"who-5\"", "\"code\": \"" + code + "\"");
        InstrumentVersion saved = library.save(here, person(here, Roles.PROFESSIONAL), own);
        assertEquals(1, saved.getNumber());
        assertEquals(Origin.REGION, saved.getOrigin());
        assertEquals("it.library.professional", saved.getCreatedBy());
        assertTrue(codes(here).contains(code));
        for (TenantId other : List.of(LAPPI, KYMENLAAKSO)) {
            assertFalse(codes(other).contains(code), other.toString());
            assertTrue(library.latest(other, person(other, Roles.PROFESSIONAL), code).isEmpty(), other.toString());
        }

        // a network member reads but does not write
        PortalUser member = person(here, Roles.NETWORK_MEMBER);
        assertEquals(code, library.latest(here, member, code).orElseThrow().getCode());
        String changed = own.replace("\"WHO-5-hyvinvointi-indeksi\"", "\"Jäsenen muutos\"");
        assertThrows(SecurityException.class, () -> library.save(here, member, changed));
        assertEquals("WHO-5-hyvinvointi-indeksi", library.latest(here, member, code).orElseThrow().getNameFi());
    }
}
