package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.access.AccessLogs;
import fi.kykyverkko.clients.access.SubjectAccess;
import fi.kykyverkko.clients.caseloads.Caseloads;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.consent.ConsentMethod;
import fi.kykyverkko.clients.consent.Consents;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.Referrals;
import fi.kykyverkko.clients.referrals.SourceType;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.persistence.PortalPersistence;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every way to client data is audited. The test enumerates the module's read and change paths itself — every public
 * method of its beans that takes an {@link Access} (what views, the API and exports call) — and calls each as a
 * person of its own; each call must leave an audit entry by that person. A new path without a call here fails the
 * test, as does a public method that hands out client data without an {@link Access}, and a view or API class that
 * reaches the database past the services.
 */
class AuditCompletenessIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final String PACKAGE = "fi.kykyverkko.clients.";

    /**
     * Public methods without an Access that return something built from client data, and why that is right. Each
     * is named by class, method and parameter types.
     */
    private static final Map<String, String> NOT_A_READ = Map.ofEntries(
            Map.entry("ClientAudit.record(TenantId,Access,Long,AuditAction,DataCategory)", "the audit write itself"),
            Map.entry("ClientAudit.recordAll(TenantId,Access,long,AuditAction,Collection)", "the audit write itself"),
            Map.entry("AccessLogs.lines(TenantId,List,Locale)", "puts into words entries the caller has read through ofClient (audited)"),
            Map.entry("ClientGate.sightOf(TenantId,Access)", "whether a reader sees anything; no client data"),
            Map.entry("ClientGate.categories(TenantId,Access,long)", "which categories a consent covers; the read that follows is audited"),
            Map.entry("ClientGate.sees(TenantId,Access,long,DataCategory)", "yes or no for the gate; the read that follows is audited"),
            Map.entry("Caseloads.all(TenantId,Access)", "counts per worker, no client named (README: writes no entry)"),
            Map.entry("Referrals.invitation(TenantId,WarmHandover,String,String,String)", "formats a meeting the caller has read (audited) already"),
            Map.entry("Retention.anonymiseIfDue(TenantId,long,RetentionRule,long)", "the retention job's act, audited as the job"),
            Map.entry("Retention.anonymisationOf(TenantId,long)", "that a client was anonymised and when; no personal data"),
            Map.entry("ClientImport.template(TenantId,Locale)", "the file's header, an example row and the allowed values; no client data"));

    /** Types whose values carry a client's data. */
    private static final Set<String> CLIENT_DATA = Set.of("Client", "Episode", "Consent", "ReferralSource", "WarmHandover",
            "ReferrerFeedback", "ClientDocument", "CaseloadRow", "AuditEntry", "Registration", "byte[]", "AccessLine", "ClientCard");

    @Inject
    BeanManager beans;

    @Inject
    Clients clients;

    @Inject
    Referrals referrals;

    @Inject
    Consents consents;

    @Inject
    Caseloads caseloads;

    @Inject
    AccessLogs accessLogs;

    @Inject
    fi.kykyverkko.clients.card.ClientCards cards;

    @Inject
    SubjectAccess subjects;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    /** One client with everything a path can read. */
    private record Fixture(long client, IdentityCode code, String name, long episode, long document, long consent) {
    }

    private Fixture fixture() {
        PortalUser setter = person("it.audit.fixture");
        Access team = Access.view(setter, "it/audit");
        String name = "Kattavuus" + Long.toString(System.nanoTime(), 36);
        IdentityCode code = IdentityCode.of(LocalDate.of(1955, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 40)),
                900 + ThreadLocalRandom.current().nextInt(100));
        long client = clients.register(LAPPI, team, Client.named("Kaisu", name), code).client().getId();
        LocalDate start = PortalTime.today().minusDays(30);
        long episode = clients.openEpisode(LAPPI, team, client, "tyokykytiimi", start).getId();
        referrals.addSource(LAPPI, team, ReferralSource.of(episode, SourceType.HEALTH_CARE, start)
                .referredBy(null, "Lääkäri", "laakari@example.org", null),
                List.of(new fi.kykyverkko.kernel.domain.StoredFile.Incoming("lahete.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        clients.change(LAPPI, team, episode, e -> e.moveTo("investigation", start.plusDays(5)));
        long kela = organisations.byCode(LAPPI, "kela").orElseThrow().getId();
        long consent = consents.give(LAPPI, team, Consent.give(client, kela, EnumSet.of(DataCategory.EPISODES), start,
                ConsentMethod.IN_PORTAL, start.plusYears(1)), null, null, null).getId();
        long document = referrals.documentsOf(LAPPI, team, client).get(0).getId();
        return new Fixture(client, code, name, episode, document, consent);
    }

    /** How to call each path, as a person of its own ({@code a}), on the fixture. */
    private Map<String, Consumer<Access>> calls(Fixture f) {
        Instant at = PortalTime.startOf(PortalTime.today().plusDays(3)).plusSeconds(10 * 3600);
        Map<String, Consumer<Access>> calls = new LinkedHashMap<>();
        calls.put("Clients.register(TenantId,Access,Client,IdentityCode)", a -> clients.register(LAPPI, a, Client.named("Uusi", f.name()), null));
        calls.put("Clients.findByCode(TenantId,Access,IdentityCode)", a -> clients.findByCode(LAPPI, a, f.code()));
        calls.put("Clients.search(TenantId,Access,String)", a -> clients.search(LAPPI, a, f.name()));
        calls.put("Clients.find(TenantId,Access,long)", a -> clients.find(LAPPI, a, f.client()));
        calls.put("Clients.episodesOf(TenantId,Access,long)", a -> clients.episodesOf(LAPPI, a, f.client()));
        calls.put("Clients.openEpisode(TenantId,Access,long,String,LocalDate)",
                a -> clients.openEpisode(LAPPI, a, f.client(), "tyohonvalmennus", PortalTime.today()));
        calls.put("Clients.update(TenantId,Access,Client)", a -> {
            Client c = clients.find(LAPPI, Access.view(person("it.audit.fixture"), "it/audit"), f.client()).orElseThrow();
            c.setMunicipality("Rovaniemi");
            clients.update(LAPPI, a, c);
        });
        calls.put("Clients.change(TenantId,Access,long,Consumer)",
                a -> clients.change(LAPPI, a, f.episode(), e -> e.planNextStep("Soitto", PortalTime.today().plusDays(2))));
        calls.put("Clients.change(TenantId,Access,long,Consumer,String)",
                a -> clients.change(LAPPI, a, f.episode(), e -> e.planNextStep("Tapaaminen", PortalTime.today().plusDays(4)), null));
        calls.put("Referrals.addSource(TenantId,Access,ReferralSource,List)",
                a -> referrals.addSource(LAPPI, a, ReferralSource.of(f.episode(), SourceType.SELF, PortalTime.today()), List.of()));
        calls.put("Referrals.sourcesOf(TenantId,Access,long)", a -> referrals.sourcesOf(LAPPI, a, f.episode()));
        calls.put("Referrals.documentsOf(TenantId,Access,long)", a -> referrals.documentsOf(LAPPI, a, f.client()));
        calls.put("Referrals.documentContent(TenantId,Access,long)", a -> referrals.documentContent(LAPPI, a, f.document()));
        calls.put("Referrals.planHandover(TenantId,Access,WarmHandover,String)", a -> referrals.planHandover(LAPPI, a,
                WarmHandover.plan(f.episode(), at, at.plusSeconds(3600), "Rovaniemi", List.of("Kaisu", "Lääkäri")), "Lämmin siirto"));
        calls.put("Referrals.handoversOf(TenantId,Access,long)", a -> referrals.handoversOf(LAPPI, a, f.episode()));
        calls.put("Referrals.feedbackOf(TenantId,Access,long)", a -> referrals.feedbackOf(LAPPI, a, f.episode()));
        calls.put("Consents.give(TenantId,Access,Consent,String,String,byte[])", a -> consents.give(LAPPI, a, Consent.give(f.client(),
                organisations.byCode(LAPPI, "kela").orElseThrow().getId(), EnumSet.of(DataCategory.PLAN), PortalTime.today(),
                ConsentMethod.IN_PORTAL, PortalTime.today().plusMonths(3)), null, null, null));
        calls.put("Consents.revoke(TenantId,Access,long)", a -> consents.revoke(LAPPI, a, f.consent()));
        calls.put("Consents.of(TenantId,Access,long)", a -> consents.of(LAPPI, a, f.client()));
        calls.put("Caseloads.mine(TenantId,Access)", a -> caseloads.mine(LAPPI, a));
        calls.put("ClientCards.open(TenantId,Access,long)", a -> cards.open(LAPPI, a, f.client()));
        calls.put("AccessLogs.search(TenantId,Access,AuditFilter)", a -> accessLogs.search(LAPPI, a, AuditFilter.all().subject(f.client())));
        calls.put("AccessLogs.ofClient(TenantId,Access,long)", a -> accessLogs.ofClient(LAPPI, a, f.client()));
        calls.put("AccessLogs.csv(TenantId,Access,long,Locale)", a -> accessLogs.csv(LAPPI, a, f.client(), Locale.ENGLISH));
        calls.put("SubjectAccess.json(TenantId,Access,long)", a -> subjects.json(LAPPI, a, f.client()));
        calls.put("SubjectAccess.pdf(TenantId,Access,long,Locale)", a -> subjects.pdf(LAPPI, a, f.client(), Locale.ENGLISH));
        calls.put("SubjectAccess.accessLogPdf(TenantId,Access,long,Locale)", a -> subjects.accessLogPdf(LAPPI, a, f.client(), Locale.ENGLISH));
        return calls;
    }

    @Test
    void everyPathToClientDataLeavesAnAuditEntry() {
        Fixture fixture = fixture();
        Map<String, Consumer<Access>> calls = calls(fixture);
        List<Method> paths = moduleBeans().stream().flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .toList();
        Set<String> withAccess = new TreeSet<>();
        Set<String> unaudited = new TreeSet<>();
        for (Method m : paths) {
            String name = signature(m);
            boolean takesAccess = Arrays.asList(m.getParameterTypes()).contains(Access.class);
            if (NOT_A_READ.containsKey(name)) {
                continue;
            }
            if (takesAccess) {
                withAccess.add(name);
            } else if (carriesClientData(m)) {
                unaudited.add(name);
            }
        }
        assertEquals(Set.of(), unaudited, "public methods that hand out client data without an Access (so without an audit entry)");
        Set<String> untested = new TreeSet<>(withAccess);
        untested.removeAll(calls.keySet());
        assertEquals(Set.of(), untested, "paths this test does not call yet: add a call, and make sure the path audits");
        assertTrue(withAccess.size() >= 25, "the enumeration found the module's paths: " + withAccess);

        List<String> silent = new ArrayList<>();
        int n = 0;
        for (String path : withAccess) {
            // my clients lists the clients a person is responsible for: the demo professional has some, a new name none
            String actor = path.startsWith("Caseloads.mine(") ? "lappi.professional" : "it.audit." + (n++) + "." + Long.toString(System.nanoTime(), 36);
            String location = "it/audit/" + path + "/" + Long.toString(System.nanoTime(), 36);
            calls.get(path).accept(Access.view(person(actor), location));
            if (audit.search(LAPPI, AuditFilter.all().actor(actor).limit(AuditFilter.MAX_PAGE)).stream()
                    .noneMatch(e -> location.equals(e.event().location()))) {
                silent.add(path);
            }
        }
        assertEquals(List.of(), silent, "paths that returned or changed client data without an audit entry");
    }

    @Test
    void viewsAndTheApiReachClientDataOnlyThroughTheAuditedServices() throws Exception {
        // views live beside their feature too (imports, settings): every Vaadin component and every resource counts
        List<Class<?>> front = moduleClasses().stream()
                .filter(c -> c.getName().startsWith(PACKAGE + "ui.") || c.getName().startsWith(PACKAGE + "api.")
                        || com.vaadin.flow.component.Component.class.isAssignableFrom(c) || c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                .toList();
        assertTrue(front.stream().anyMatch(c -> c.getSimpleName().equals("ClientCardView")), "found the views: " + front);
        assertTrue(front.stream().anyMatch(c -> c.getSimpleName().equals("ClientResource")), "found the API: " + front);
        assertTrue(front.stream().anyMatch(c -> c.getSimpleName().equals("ClientImportView")), "found views outside ui: " + front);
        Set<Class<?>> backDoors = Set.of(TenantData.class, EntityManager.class, PortalPersistence.class, DataSource.class);
        List<String> found = new ArrayList<>();
        for (Class<?> c : front) {
            for (Field field : c.getDeclaredFields()) {
                if (backDoors.contains(field.getType())) {
                    found.add(c.getSimpleName() + "." + field.getName());
                }
            }
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                Arrays.stream(constructor.getParameterTypes()).filter(backDoors::contains)
                        .forEach(t -> found.add(c.getSimpleName() + "(" + t.getSimpleName() + ")"));
            }
        }
        assertEquals(List.of(), found, "views and resources must call the module's services, which audit");
    }

    private static boolean carriesClientData(Method m) {
        String type = m.getGenericReturnType().getTypeName();
        return CLIENT_DATA.stream().anyMatch(t -> t.equals("byte[]") ? type.equals("byte[]") || type.contains("byte[]>")
                : type.matches(".*[.$]" + java.util.regex.Pattern.quote(t) + "\\b.*"));
    }

    private static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    /** The module's CDI beans (services), as the container knows them: none can hide from the enumeration. */
    private List<Class<?>> moduleBeans() {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(b -> (Class<?>) b.getBeanClass())
                .filter(c -> c.getName().startsWith(PACKAGE) && !c.getName().startsWith(PACKAGE + "ui.")
                        && !c.getName().startsWith(PACKAGE + "demo."))
                // entities are data, not ways to it: CDI lists them as beans because the archive is scanned in full
                .filter(c -> !c.isAnnotationPresent(jakarta.persistence.Entity.class) && !c.isAnnotationPresent(jakarta.persistence.Embeddable.class))
                .distinct().sorted((a, b) -> a.getName().compareTo(b.getName())).collect(Collectors.toList());
    }

    /** Every class in the module's jar (or classes folder). */
    private static List<Class<?>> moduleClasses() throws Exception {
        File source = new File(ClientsModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (source.isDirectory()) {
            try (Stream<Path> files = Files.walk(source.toPath())) {
                files.map(p -> source.toPath().relativize(p).toString()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(source)) {
                jar.stream().map(e -> e.getName()).forEach(names::add);
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String normal = name.replace(File.separatorChar, '/');
            if (normal.endsWith(".class") && normal.startsWith(PACKAGE.replace('.', '/'))) {
                classes.add(Class.forName(normal.substring(0, normal.length() - 6).replace('/', '.'), false, ClientsModule.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static PortalUser person(String username) {
        return new PortalUser(username, username, false, Map.of(LAPPI, Set.of("professional", "manager", "data-protection")));
    }
}
