package fi.kykyverkko.portal.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.portal.probes.OpenApiOperations.Operation;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "a bad-input corpus": generated bodies sent to every write operation of the live OpenAPI document, in a
 * region made for this test (what the corpus stores harms no other test). For each operation the fields come from
 * its own refusal of an empty object (the problems name them), so a new module's resource is covered without anyone
 * listing it (bodies over the 1 MB limit are ApiBadInputIT's: the portal stops reading them, so a generated one would
 * only wait for the client's timeout). The bodies (jqwik's generators, a new sample every run; every unclear answer is written with its whole
 * body to {@code target/bad-input-corpus.txt}, so that a failure can be sent again) are: malformed JSON and wrong
 * top-level values, deep nesting, large bodies (up to 0.9 MB), and objects of the operation's fields with wrong types, huge strings,
 * control characters, Unicode edge cases (lone surrogates, direction overrides, zero-width and non-breaking spaces,
 * combining marks), and injection strings (SQL, HTML and script, CSV formulas, path traversal, template and JNDI
 * lookups), some with an unknown field. Every answer must be a clear one: below 500, JSON, never cached, a 400
 * listing problems. Accepted writes are fine (the corpus is also valid input); what they store is not checked here.
 */
class ApiBadInputCorpusIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private static final int BODIES_PER_OPERATION = Integer.getInteger("corpus.bodies", 40);
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** Strings known to break things somewhere: each is tried as it stands and inside generated text. */
    private static final List<String> EDGES = List.of(
            "", " ", "\u00a0", "\u200b", "\ufeff", "\n\r\t", "\u0000", "a\u0000b", "\u0000=1+1", "\u001b[2J", "\u007f",
            "\u202egnp.exe", "e\u0301\u0301\u0301", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud835\udd18\ud835\udd2b",
            "\ud800", "\udfff", "x\ud800y",
            "' OR '1'='1", "'; DROP TABLE organisation; --", "\" OR \"\"=\"", "1; SELECT SLEEP(5)",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\"><svg onload=alert(1)>",
            "=HYPERLINK(\"http://example.invalid\")", "+SUM(1,1)", "-1+1", "@SUM(1)", "=cmd|' /C calc'!A0",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%2e%2e%2f", "/dev/zero",
            "${jndi:ldap://example.invalid/a}", "{{7*7}}", "#{7*7}", "%s%s%s%n",
            "2026-13-45", "9999-12-31T25:61:61Z", "-0", "1e999", "NaN", "true", "null");

    @Test
    void everyWriteOperationAnswersEveryGeneratedBodyClearly() throws Exception {
        KeycloakTestClient keycloak = new KeycloakTestClient();
        String region = "it-corpus-" + UUID.randomUUID().toString().substring(0, 8);
        String platformAdmin = keycloak.serviceToken("it-api-platform-admin", "it-secret-2", "platform-admin");
        // every optional module on (the region plugins too), found from their declarations: nothing here names one
        String optional = fi.kykyverkko.testkit.DeclaredModules.onClassPath().modules().stream().filter(m -> !m.core())
                .map(m -> "\"" + m.id() + "\"").sorted().collect(java.util.stream.Collectors.joining(", "));
        HttpResponse<String> made = send("POST", "api/platform/tenants", platformAdmin, """
                { "id": "%s", "names": {"fi": "Korpusalue", "sv": "Korpusområde", "en": "Corpus region"},
                  "organisation": "Testi", "municipalities": ["Testilä"], "modules": [%s] }"""
                .formatted(region, optional));
        assertEquals(201, made.statusCode(), made.body());
        String token = keycloak.regionPersonToken("it-corpus-person", PASSWORD, region, "tenant-admin", "professional",
                "panel-facilitator", "manager");

        List<Operation> writes = OpenApiOperations.read(http, portal("/openapi")).stream()
                .filter(Operation::writes).filter(o -> o.path().startsWith("tenants/{tenant}/")).toList();
        assertTrue(writes.size() >= 10, "the OpenAPI document lists the modules' writes: " + writes);

        Map<String, Integer> byStatus = new TreeMap<>();
        List<String> unclear = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        int sent = 0;
        int learned = 0;
        for (Operation operation : writes) {
            String path = "api/" + fill(operation.path(), region);
            List<String> fields = fieldsNamedByRefusalOf(operation, path, token);
            learned += fields.isEmpty() ? 0 : 1;
            // an operation without a body never reads one, and the server leaves a large one unread: the client would
            // wait for its timeout, so those get bodies that fit in the socket's buffers
            Arbitrary<String> bodies = operation.takesBody() ? bodies(fields) : bodies(fields).filter(b -> b.length() < 32_768);
            for (String body : bodies.sampleStream().limit(BODIES_PER_OPERATION).toList()) {
                HttpResponse<String> answer;
                try {
                    answer = send(operation.method(), path, token, body, java.time.Duration.ofSeconds(20));
                } catch (java.io.IOException closed) {
                    // no answer within 20 s, or the connection closed without one
                    sent++;
                    String kind = "closed";
                    byStatus.merge(kind, 1, Integer::sum);
                    report.append(operation.method()).append(" /").append(path).append('\n').append(body).append("\n→ ")
                            .append(kind).append(": ").append(closed).append("\n\n");
                    if (unclear.size() < 25) {
                        unclear.add(operation.method() + " /" + path + " " + abbreviated(body) + " → connection closed: " + closed);
                    }
                    continue;
                }
                sent++;
                byStatus.merge(answer.statusCode() / 100 + "xx " + answer.statusCode(), 1, Integer::sum);
                String problem = unclearness(answer);
                if (problem != null) {
                    report.append(operation.method()).append(" /").append(path).append('\n').append(body).append("\n→ ")
                            .append(answer.statusCode()).append(' ').append(answer.body()).append("\n\n");
                }
                if (problem != null && unclear.size() < 25) {
                    unclear.add(operation.method() + " /" + path + " " + abbreviated(body) + " → " + answer.statusCode() + " "
                            + problem + ": " + abbreviated(answer.body()));
                }
            }
        }
        String line = "bad-input corpus: " + sent + " bodies to " + writes.size() + " write operations (fields learned for "
                + learned + "); answers " + byStatus + "; unclear " + unclear.size();
        System.out.println(line);
        Files.writeString(Path.of("target/bad-input-corpus.txt"), line + "\n\n" + report);
        assertEquals(writes.size() * BODIES_PER_OPERATION, sent, "every generated body was sent");
        assertTrue(unclear.isEmpty(), "answers that were not a clear error:\n" + String.join("\n", unclear));
    }

    /** The fields of the operation's body, as its refusal of an empty object names them (none when it names none). */
    private List<String> fieldsNamedByRefusalOf(Operation operation, String path, String token) throws Exception {
        HttpResponse<String> answer = send(operation.method(), path, token, "{}");
        if (answer.statusCode() != 400 || !answer.body().startsWith("{")) {
            return List.of();
        }
        List<String> fields = new ArrayList<>();
        JsonObject problems = (JsonObject) KeycloakTestClient.json(answer.body());
        for (JsonValue p : problems.getJsonArray("problems")) {
            String field = ((JsonObject) p).getString("field", "");
            String top = field.replaceAll("[\\[.].*", ""); // "municipalities[0]" → "municipalities"
            if (!top.isEmpty() && !fields.contains(top)) {
                fields.add(top);
            }
        }
        return fields;
    }

    /** Why {@code answer} is not a clear error, or null when it is one (or a success). */
    static String unclearness(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return null;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            return "not JSON";
        }
        if (!answer.headers().firstValue("Cache-Control").orElse("").contains("no-store")) {
            return "cacheable";
        }
        if (status == 400 && !answer.body().contains("\"problems\"")) {
            return "a 400 naming no problem";
        }
        return null;
    }

    /** The bodies: malformed ones a tenth of the time, otherwise objects of the fields with generated values. */
    static Arbitrary<String> bodies(List<String> fields) {
        Arbitrary<String> malformed = Arbitraries.oneOf(
                Arbitraries.of("", "{", "}", "{}}", "{\"a\":}", "{\"a\" 1}", "[]", "[{}]", "null", "\"text\"", "123", "true",
                        "{\"a\":1,\"a\":2}", "\ufeff{}", "{'a': 1}", "{a: 1}", "{\"a\": undefined}", "{\"a\": 01}", "{\"a\": .5}",
                        "{\"a\": \"\\x41\"}", "{\"a\": \"\\ud800\"}", "/* comment */ {}"),
                Arbitraries.integers().between(100, 5000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(100, 5000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)),
                Arbitraries.integers().between(200_000, 900_000).map(size -> "{\"a\": \"" + "x".repeat(size) + "\"}"),
                Arbitraries.strings().all().ofMaxLength(200));
        List<String> names = new ArrayList<>(fields);
        if (names.isEmpty()) {
            names.addAll(List.of("name", "nameFi", "title", "code", "type", "email", "date", "text"));
        }
        Arbitrary<String> object = Combinators.combine(
                Arbitraries.subsetOf(names).map(ArrayList::new),
                jsonValue().list().ofSize(names.size()),
                Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.of(", \"surprise\": 1", ", \"id\": 1", ", \"tenant\": \"lappi\"",
                        ", \"__proto__\": {}", ", \"\": \"\"")))
                .as((chosen, values, extra) -> {
                    StringBuilder json = new StringBuilder("{");
                    for (int i = 0; i < chosen.size(); i++) {
                        json.append(i == 0 ? "" : ", ").append(quote(chosen.get(i))).append(": ").append(values.get(i));
                    }
                    json.append(chosen.isEmpty() && extra.startsWith(", ") ? extra.substring(2) : extra).append('}');
                    return json.toString();
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, malformed),
                net.jqwik.api.Tuple.of(9, object));
    }

    /** A JSON value as text: mostly nasty strings, also wrong types (numbers, booleans, null, lists, objects). */
    static Arbitrary<String> jsonValue() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of(EDGES),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMinLength(1).ofMaxLength(4),
                Combinators.combine(Arbitraries.of(EDGES), Arbitraries.strings().alpha().ofMaxLength(12)).as((e, s) -> s + e + s),
                Arbitraries.integers().between(256, 20_000).map(n -> "ä".repeat(n)),
                Arbitraries.integers().between(1, 300).map(n -> "👩".repeat(n)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, text.map(ApiBadInputCorpusIT::quote)),
                net.jqwik.api.Tuple.of(1, Arbitraries.oneOf(Arbitraries.longs().map(String::valueOf),
                        Arbitraries.of("1e999", "-1e999", "0.0000000001", "1.5", "-0", "99999999999999999999999999", "9223372036854775808"))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("true", "false", "null", "{}", "[]", "[null]", "[1, \"a\", {}]", "{\"fi\": 1}",
                        "{\"fi\": \"a\", \"sv\": [], \"en\": null}")),
                net.jqwik.api.Tuple.of(1, Arbitraries.oneOf(Arbitraries.of(EDGES), Arbitraries.strings().all().ofMaxLength(60))
                        .map(ApiBadInputCorpusIT::quote).list().ofMaxSize(30).map(l -> "[" + String.join(", ", l) + "]")));
    }

    /** {@code s} as a JSON string: quotes, backslashes, control characters and lone surrogates as escapes. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** {@code tenants/{tenant}/organisations/{code}} → the region, ids 1 and codes that could be new. */
    private static String fill(String path, String region) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("tenant") || name.equals("region") ? region
                    : name.equals("id") || name.endsWith("Id") ? "1" : "corpus-" + name.toLowerCase();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static String abbreviated(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "… (" + text.length() + " chars)";
    }
}
