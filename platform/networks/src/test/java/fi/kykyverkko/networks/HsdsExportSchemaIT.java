package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.kykyverkko.networks.catalogue.HsdsExport;
import fi.kykyverkko.testkit.PortalClientTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The public catalogue's {@code /public/<region>/palvelut.json} of the four demo regions, as anyone gets it, checked
 * against Open Referral's official HSDS 3.0 table schemas (unmodified, with their licence, in
 * {@code src/test/resources/hsds-3.0}): every row of every table valid (required fields, types, formats, values), and
 * no field the specification does not define (the schemas allow extra fields, so that is checked here by walking the
 * properties each schema defines, into the tables it refers to). Issue 17 found 232 violations here.
 */
class HsdsExportSchemaIT extends PortalClientTest {

    private static final List<String> REGIONS = List.of("lappi", "etela-savo", "keski-uusimaa", "kymenlaakso");
    /** The bundle's tables and the schema of each one's rows. */
    private static final Map<String, String> TABLES = Map.of("organizations", "organization.json", "services", "service.json",
            "locations", "location.json", "service_at_locations", "service_at_location.json", "contacts", "contact.json",
            "service_areas", "service_area.json");
    /** What the bundle says of itself besides the tables (HSDS defines no JSON bundle; see HsdsExport). */
    private static final Set<String> BUNDLE_KEYS = Set.of("hsds_version", "publisher", "language");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonNode> schemaFiles = new HashMap<>();

    @Test
    void everyRegionsExportIsValidHsds30WithNothingTheSpecificationDoesNotDefine() throws Exception {
        List<String> violations = new ArrayList<>();
        Set<String> taxonomies = new TreeSet<>();
        int rows = 0;
        for (String region : REGIONS) {
            HttpResponse<String> answer = get("public/" + region + "/palvelut.json", null);
            assertEquals(200, answer.statusCode(), region + ": " + answer.body());
            JsonNode bundle = JSON.readTree(answer.body());
            for (Iterator<String> keys = bundle.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!TABLES.containsKey(key) && !BUNDLE_KEYS.contains(key)) {
                    violations.add(region + ": the bundle's key " + key);
                }
            }
            assertTrue(bundle.path("services").size() > 0, region + " has no services: the check would prove nothing");
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:hsds-3.0/" + table.getValue()), config);
                int n = 0;
                for (JsonNode row : bundle.path(table.getKey())) {
                    String where = region + " " + table.getKey() + "[" + n++ + "]";
                    for (ValidationMessage m : schema.validate(row)) {
                        if (!demoAddress(row, m)) {
                            violations.add(where + ": " + m.getMessage());
                        }
                    }
                    undefinedFields(row, table.getValue(), where, violations);
                    rows++;
                }
            }
            bundle.path("services").forEach(s -> s.path("attributes").forEach(a -> taxonomies.add(a.path("taxonomy_term").path("taxonomy").asText())));
        }
        System.out.println("HsdsExportSchemaIT: " + rows + " rows of " + REGIONS.size() + " regions checked against HSDS 3.0, "
                + violations.size() + " violations");
        assertEquals(List.of(), violations.subList(0, Math.min(40, violations.size())), violations.size() + " violations");
        assertEquals(Set.of(HsdsExport.CATEGORY_TAXONOMY, HsdsExport.CHANNEL_TAXONOMY), taxonomies, "the category and the channels are attributes");
    }

    /**
     * The demo's e-mail addresses are under the reserved top-level domain {@code .invalid} on purpose (RFC 6761: it
     * never resolves, so no demo mail can reach anyone); the validator checks a domain against the delegated ones and
     * refuses them. Only that refusal is let through, so every other address, and every other format, is checked.
     */
    private static boolean demoAddress(JsonNode row, ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        JsonNode value = pointer.startsWith("/") ? row.at(pointer) : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        return "format".equals(m.getType()) && m.getMessage().contains("email") && value.asText("").endsWith(".demo.kykyverkko.invalid");
    }

    /** Every field of {@code node} is a property of its schema; objects and arrays of a referred table are walked too. */
    private void undefinedFields(JsonNode node, String schemaFile, String where, List<String> violations) {
        JsonNode properties = schemaFile(schemaFile).path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode definition = properties.path(field.getKey());
            if (definition.isMissingNode()) {
                violations.add(where + "." + field.getKey() + ": not a field of " + schemaFile);
                continue;
            }
            String ref = definition.has("$ref") ? definition.get("$ref").asText() : definition.path("items").path("$ref").asText(null);
            if (ref == null) {
                continue;
            }
            if (field.getValue().isObject()) {
                undefinedFields(field.getValue(), ref, where + "." + field.getKey(), violations);
            } else if (field.getValue().isArray()) {
                int i = 0;
                for (JsonNode item : field.getValue()) {
                    undefinedFields(item, ref, where + "." + field.getKey() + "[" + i++ + "]", violations);
                }
            }
        }
    }

    private JsonNode schemaFile(String name) {
        return schemaFiles.computeIfAbsent(name, n -> {
            try (InputStream in = getClass().getResourceAsStream("/hsds-3.0/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + n + " under hsds-3.0");
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
