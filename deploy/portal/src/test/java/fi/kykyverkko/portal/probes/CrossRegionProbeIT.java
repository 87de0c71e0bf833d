package fi.kykyverkko.portal.probes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.portal.probes.OpenApiOperations.Operation;
import fi.kykyverkko.testkit.DeclaredModules;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestStack;
import fi.kykyverkko.testkit.VaadinHttpSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-region probes generated from what the modules declare (issue 17): every view address of every module
 * ({@link DeclaredModules}), every REST operation of the portal's OpenAPI document and every public page, called by
 * the demo people of Lapland and Kymenlaakso in every role their regions' modules declare, by the Kela expert who is in
 * both, and by the platform admin who is in none, against the other regions' addresses and ids.
 *
 * <p>A leak is another region's own data in an answer: any string stored in that region's schema and in none of the
 * caller's ({@link RegionStrings}). A refusal must look exactly like "does not exist": the same view or the same HTTP
 * status and body as for a region that does not exist. A new module is probed without anyone writing a test for it.
 */
class CrossRegionProbeIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private static final List<String> DEMO_REGIONS = List.of("lappi", "kymenlaakso", "keski-uusimaa", "etela-savo");
    /** The regions whose people probe; the others are only probed. */
    private static final List<String> CALLING_REGIONS = List.of("lappi", "kymenlaakso");
    private static final String NO_REGION = "zz-ei-ole";
    private static final Pattern PARAM = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)(\\?)?(?:\\((.*)\\))?");
    private static final Pattern API_PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?:\\s*:\\s*((?:[^{}]|\\{[^}]*})*))?}");

    private final KeycloakTestClient keycloak = new KeycloakTestClient();
    private final AtomicInteger viewProbes = new AtomicInteger();
    private final AtomicInteger apiProbes = new AtomicInteger();
    private final AtomicInteger publicProbes = new AtomicInteger();
    private final AtomicInteger controlHits = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong viewNanos = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong apiNanos = new java.util.concurrent.atomic.AtomicLong();
    private final List<String> leaks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> shapes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    /** A person who probes: their username and the regions they belong to. */
    record Caller(String username, Set<String> regions) {
    }

    @Test
    void noRegionSeesAnothersDataAndEveryRefusalLooksLikeNotFound() throws Exception {
        long started = System.nanoTime();
        DeclaredModules declared = DeclaredModules.onClassPath();
        List<String> regions = new ArrayList<>(DEMO_REGIONS);
        RegionStrings strings = RegionStrings.read(TestStack.jdbcUrl(), TestStack.dbUser(), TestStack.dbPassword(), regions);
        List<Caller> callers = callers(declared);
        List<Operation> operations = operations();
        assertTrue(declared.routes().size() > 20, "too few view addresses found: " + declared.routes());
        assertTrue(operations.size() > 20, "too few REST operations in the OpenAPI document: " + operations);

        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            Caller caller = callers.get(i);
            int turn = i;
            runs.add(pool.submit(() -> {
                probe(caller, turn, declared, operations, strings);
                return null;
            }));
        }
        runs.add(pool.submit(() -> {
            probePublicPages(declared, strings);
            return null;
        }));
        runs.add(pool.submit(() -> {
            positiveControl(declared, strings);
            return null;
        }));
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (java.util.concurrent.ExecutionException e) {
                errors.add("a probe run stopped: " + e.getCause());
            }
        }
        pool.shutdown();

        int total = viewProbes.get() + apiProbes.get() + publicProbes.get();
        System.out.printf("probe time (summed over %d threads): views %d s, REST %d s, in all %d s%n", 3,
                viewNanos.get() / 1_000_000_000L, apiNanos.get() / 1_000_000_000L, (System.nanoTime() - started) / 1_000_000_000L);
        String report = String.format("cross-region probes: %d (views %d, REST %d, public pages %d) by %d people in %d "
                        + "modules, %d view addresses, %d REST operations; leaks %d; refusals unlike \"not found\" %d; errors %d; "
                        + "control: the regions' own people saw their own strings %d times",
                total, viewProbes.get(), apiProbes.get(), publicProbes.get(), callers.size(), declared.modules().size(),
                declared.routes().size(), operations.size(), leaks.size(), shapes.size(), errors.size(), controlHits.get());
        System.out.println(report);
        Files.writeString(Path.of("target/cross-region-probes.txt"), report + "\n" + String.join("\n", leaks) + "\n"
                + String.join("\n", shapes) + "\n" + String.join("\n", errors) + "\n", StandardCharsets.UTF_8);
        assertTrue(errors.isEmpty(), errors.size() + " probes could not be made:\n" + String.join("\n", errors.subList(0, Math.min(40, errors.size()))));
        assertTrue(leaks.isEmpty(), leaks.size() + " leaks:\n" + String.join("\n", leaks.subList(0, Math.min(40, leaks.size()))));
        assertTrue(shapes.isEmpty(), shapes.size() + " refusals that differ from \"not found\":\n"
                + String.join("\n", shapes.subList(0, Math.min(40, shapes.size()))));
        assertTrue(total >= 1000, "only " + total + " probes");
        // the check can fail: the regions' own people do see the strings it looks for
        assertTrue(controlHits.get() > 0, "the regions' own strings were never seen by their own people: the leak check sees nothing");
    }

    /** Every role of every module a calling region has on, plus the Kela expert (two regions) and the platform admin (none). */
    private List<Caller> callers(DeclaredModules declared) throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (String region : CALLING_REGIONS) {
            Set<String> enabled = enabledModules(region);
            declared.modules().stream().filter(m -> m.core() || enabled.contains(m.id()))
                    .flatMap(m -> m.roles().stream()).map(r -> r.name()).distinct().sorted()
                    .forEach(role -> callers.add(new Caller(region + "." + role, Set.of(region))));
        }
        callers.add(new Caller("kela.asiantuntija", Set.of("lappi", "kymenlaakso")));
        callers.add(new Caller("paakayttaja", Set.of()));
        return callers;
    }

    private static Set<String> enabledModules(String region) throws Exception {
        Path definition = Path.of("target/it-tenants", region + ".json");
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(definition)))) {
            JsonObject json = reader.readObject();
            return json.containsKey("modules") ? json.getJsonArray("modules").getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString).collect(Collectors.toSet()) : Set.of();
        }
    }

    /**
     * One person's probes. To keep the suite's time, each person probes all but one of the other regions, taking turns
     * (so every region is still probed by people of every calling region); {@code -Dprobes.all=true} probes them all.
     */
    private void probe(Caller caller, int turn, DeclaredModules declared, List<Operation> operations, RegionStrings strings) throws Exception {
        List<String> others = new ArrayList<>(DEMO_REGIONS.stream().filter(r -> !caller.regions().contains(r)).toList());
        if (others.size() > 2 && !Boolean.getBoolean("probes.all")) {
            others.remove(turn % others.size());
        }
        Map<String, Markers> markers = new HashMap<>();
        Map<String, Map<String, RegionStrings.Origin>> origins = new HashMap<>();
        for (String other : others) {
            Map<String, RegionStrings.Origin> only = strings.onlyIn(other, caller.regions());
            origins.put(other, only);
            markers.put(other, new Markers(only.keySet()));
        }
        String home = caller.regions().isEmpty() ? "" : caller.regions().iterator().next();
        long t0 = System.nanoTime();
        probeViews(caller, declared, strings, others, markers, origins, home);
        long t1 = System.nanoTime();
        probeApi(caller, operations, strings, others, markers, origins, home);
        viewNanos.addAndGet(t1 - t0);
        apiNanos.addAndGet(System.nanoTime() - t1);
    }

    // --- views -------------------------------------------------------------------------------------------------

    private void probeViews(Caller caller, DeclaredModules declared, RegionStrings strings, List<String> others,
                            Map<String, Markers> markers, Map<String, Map<String, RegionStrings.Origin>> origins,
                            String home) throws Exception {
        VaadinHttpSession session = VaadinHttpSession.login(portal(""), home, caller.username(), PASSWORD);
        session.navigate(home); // the shell drawn once: every later answer is a view change only
        for (DeclaredModules.Route route : declared.routes()) {
            if (!route.inRegion()) {
                // a view outside every region (the platform's): its answer must hold no region's own data
                for (String other : others) {
                    String path = fill(route.template(), strings, other, 0);
                    VaadinHttpSession.Uidl answer = navigate(session, caller, path, home);
                    if (answer != null) {
                        check(caller, "view /" + path, answer.raw(), other, markers, origins);
                        viewProbes.incrementAndGet();
                    }
                }
                continue;
            }
            for (String other : others) {
                // another region's address, with that region's ids: exactly what a region that does not exist shows
                for (int variant = 0; variant < variants(route.template()); variant++) {
                    String path = fill(route.template(), strings, other, variant);
                    VaadinHttpSession.Uidl missing;
                    VaadinHttpSession.Uidl theirs;
                    try {
                        missing = session.navigate(prefixed(NO_REGION, path));
                        theirs = session.navigate(prefixed(other, path));
                    } catch (RuntimeException e) {
                        errors.add(caller.username() + " view /" + prefixed(other, path) + ": " + e.getMessage());
                        session.openUi(home);
                        continue;
                    }
                    viewProbes.incrementAndGet();
                    String target = "view /" + prefixed(other, path);
                    check(caller, target, theirs.raw(), other, markers, origins);
                    Set<String> a = texts(missing, other), b = texts(theirs, other);
                    if (!a.equals(b)) {
                        shapes.add(caller.username() + " " + target + ": shows " + b + " where a region that does not exist shows " + a);
                    }
                }
                // the caller's own region with the other region's ids: the caller's own rows or "not found", never theirs
                if (!home.isEmpty()) {
                    for (int variant = 0; variant < variants(route.template()); variant++) {
                        String path = prefixed(home, fill(route.template(), strings, other, variant));
                        VaadinHttpSession.Uidl answer = navigate(session, caller, path, home);
                        if (answer != null) {
                            check(caller, "view /" + path, answer.raw(), other, markers, origins);
                            viewProbes.incrementAndGet();
                        }
                    }
                }
            }
        }
    }

    /** One navigation; a failed one is recorded as an error and the person opens a new UI. */
    private VaadinHttpSession.Uidl navigate(VaadinHttpSession session, Caller caller, String path, String home) throws Exception {
        try {
            return session.navigate(path);
        } catch (RuntimeException e) {
            errors.add(caller.username() + " view /" + path + ": " + e.getMessage());
            session.openUi(home);
            return null;
        }
    }

    /**
     * The texts a person reads on a view: values that start with a capital or hold a letter outside ASCII. Tag and
     * class names (which depend on what the UI showed before), addresses and the region's id are left out.
     */
    private static Set<String> texts(VaadinHttpSession.Uidl answer, String region) {
        return answer.values().stream()
                .filter(v -> !v.isEmpty() && (Character.isUpperCase(v.codePointAt(0)) || v.codePoints().anyMatch(c -> c > 127 && Character.isLetter(c))))
                .filter(v -> !v.equals(region) && !v.equals(NO_REGION) && !v.contains("/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String prefixed(String region, String path) {
        return path.isEmpty() ? region : region + "/" + path;
    }

    /** Addresses with parameters are tried with several of the other region's ids; others once. */
    private static int variants(String template) {
        return PARAM.matcher(template).find() ? 3 : 1;
    }

    /**
     * The template with the other region's identifiers: a numeric parameter gets 1, that region's highest id and a
     * guessed large one; any other parameter a string of that region that fits its pattern.
     */
    private static String fill(String template, RegionStrings strings, String other, int variant) {
        List<String> segments = new ArrayList<>();
        for (String segment : template.split("/", -1)) {
            Matcher m = PARAM.matcher(segment);
            if (!m.matches()) {
                segments.add(segment);
                continue;
            }
            String regex = m.group(3) == null ? "[^/]+" : m.group(3);
            segments.add(value(regex, strings, other, variant));
        }
        return String.join("/", segments).replaceAll("/+$", "");
    }

    private static String value(String regex, RegionStrings strings, String other, int variant) {
        String[] numbers = {"1", Long.toString(strings.maxId(other)), "987654321"};
        if (numbers[0].matches(regex)) {
            return numbers[variant % numbers.length];
        }
        Pattern fits = Pattern.compile(regex);
        List<String> theirs = strings.onlyIn(other, Set.of()).keySet().stream().map(v -> v.toLowerCase().replace(' ', '-'))
                .filter(v -> fits.matcher(v).matches()).sorted().limit(3).toList();
        return theirs.isEmpty() ? "ei-ole-" + variant : theirs.get(variant % theirs.size());
    }

    // --- REST --------------------------------------------------------------------------------------------------

    private List<Operation> operations() throws Exception {
        return OpenApiOperations.read(http, portal("/openapi"));
    }

    private void probeApi(Caller caller, List<Operation> operations, RegionStrings strings, List<String> others,
                          Map<String, Markers> markers, Map<String, Map<String, RegionStrings.Origin>> origins,
                          String home) throws Exception {
        String token = keycloak.userToken(caller.username(), PASSWORD);
        for (Operation operation : operations) {
            boolean inRegion = operation.path().contains("{tenant}") || operation.path().contains("{region}");
            String body = operation.method().equals("GET") || operation.method().equals("DELETE") ? null : "{}";
            for (String other : others) {
                for (int variant = 0; variant < (API_PARAM.matcher(operation.path()).results().count() > 1 ? 2 : 1); variant++) {
                    if (inRegion) {
                        String theirs = apiPath(operation.path(), other, strings, other, variant);
                        String missing = apiPath(operation.path(), NO_REGION, strings, other, variant);
                        HttpResponse<String> a = send(operation.method(), "api/" + missing, token, body);
                        HttpResponse<String> b = send(operation.method(), "api/" + theirs, token, body);
                        apiProbes.incrementAndGet();
                        String target = operation.method() + " /api/" + theirs;
                        check(caller, target, b.body(), other, markers, origins);
                        if (a.statusCode() != b.statusCode() || !a.body().equals(b.body().replace(other, NO_REGION))) {
                            shapes.add(caller.username() + " " + target + ": " + b.statusCode() + " " + abbreviated(b.body())
                                    + " where a region that does not exist gives " + a.statusCode() + " " + abbreviated(a.body()));
                        }
                        if (b.statusCode() < 400) {
                            shapes.add(caller.username() + " " + target + " was accepted: " + b.statusCode());
                        }
                        if (!home.isEmpty() && operation.method().equals("GET")) {
                            String own = apiPath(operation.path(), home, strings, other, variant);
                            HttpResponse<String> c = send("GET", "api/" + own, token, null);
                            apiProbes.incrementAndGet();
                            check(caller, "GET /api/" + own, c.body(), other, markers, origins);
                        }
                    } else if (operation.method().equals("GET")) {
                        String path = apiPath(operation.path(), other, strings, other, variant);
                        HttpResponse<String> c = send("GET", "api/" + path, token, null);
                        apiProbes.incrementAndGet();
                        check(caller, "GET /api/" + path, c.body(), other, markers, origins);
                    }
                }
            }
        }
    }

    private static String apiPath(String template, String region, RegionStrings strings, String other, int variant) {
        Matcher m = API_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("tenant") || name.equals("region") ? region
                    : value(m.group(2) == null ? "[^/]+" : m.group(2).strip(), strings, other, variant);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    // --- public pages ------------------------------------------------------------------------------------------

    /** Without a login: each region's public pages (and their formats and sub-paths) hold no other region's data. */
    private void probePublicPages(DeclaredModules declared, RegionStrings strings) throws Exception {
        for (String region : DEMO_REGIONS) {
            List<String> others = DEMO_REGIONS.stream().filter(r -> !r.equals(region)).toList();
            Map<String, Markers> markers = new HashMap<>();
            Map<String, Map<String, RegionStrings.Origin>> origins = new HashMap<>();
            for (String other : others) {
                origins.put(other, strings.onlyIn(other, Set.of(region)));
                markers.put(other, new Markers(origins.get(other).keySet()));
            }
            Caller anonymous = new Caller("(no login)", Set.of(region));
            for (String[] page : declared.publicPages()) {
                for (String other : others) {
                    for (String rest : List.of("", ".json", "/1", "/" + strings.maxId(other))) {
                        String path = "public/" + region + "/" + page[1] + rest;
                        HttpResponse<String> answer = send("GET", path, null, null);
                        publicProbes.incrementAndGet();
                        check(anonymous, "GET /" + path, answer.body(), other, markers, origins);
                    }
                }
            }
        }
    }

    // --- the check and its control -----------------------------------------------------------------------------

    private void check(Caller caller, String target, String answer, String other, Map<String, Markers> markers,
                       Map<String, Map<String, RegionStrings.Origin>> origins) {
        Set<String> found = markers.get(other).foundIn(answer);
        for (String marker : found) {
            RegionStrings.Origin origin = origins.get(other).get(marker);
            leaks.add(caller.username() + " " + target + " shows \"" + marker + "\" of " + other + " ("
                    + origin.table() + "." + origin.column() + ")");
        }
    }

    /**
     * The check must be able to fail: a region's own people, on their own views, see strings that only their region
     * holds. Counted, and at least one required.
     */
    private void positiveControl(DeclaredModules declared, RegionStrings strings) throws Exception {
        for (String region : CALLING_REGIONS) {
            String other = CALLING_REGIONS.stream().filter(r -> !r.equals(region)).findFirst().orElseThrow();
            Markers own = new Markers(strings.onlyIn(region, Set.of(other)).keySet());
            VaadinHttpSession session = VaadinHttpSession.login(portal(""), region, region + ".tenant-admin", PASSWORD);
            for (DeclaredModules.Route route : declared.routes()) {
                if (route.inRegion() && !PARAM.matcher(route.template()).find()) {
                    controlHits.addAndGet(own.foundIn(session.navigate(prefixed(region, route.template())).raw()).size());
                }
            }
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
