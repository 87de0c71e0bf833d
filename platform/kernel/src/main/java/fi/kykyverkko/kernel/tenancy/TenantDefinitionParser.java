package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.tenancy.TenantDefinition.IndicatorTarget;
import fi.kykyverkko.kernel.tenancy.TenantDefinition.Scale;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates a tenant definition (JSON). Collects every problem with its field so that an
 * operator can fix a file in one go; a definition with any error is rejected whole.
 */
public final class TenantDefinitionParser {

    private static final Set<String> FIELDS = Set.of(
            "id", "names", "organisation", "municipalities", "modules", "theme", "indicatorTargets");
    private static final int MAX_TEXT = 200;

    private final Set<String> installedModules;

    /** @param installedModules ids of the modules this portal has; others are reported as warnings */
    public TenantDefinitionParser(Set<String> installedModules) {
        this.installedModules = Set.copyOf(installedModules);
    }

    /** A valid definition and the warnings it still deserves. */
    public record Result(TenantDefinition definition, List<DefinitionProblem> warnings) {
    }

    /**
     * @param source      where the text came from (file name or "API"), used in every problem
     * @param expectedId  id the definition must have (from the file name), or null when any is fine
     */
    public Result parse(String source, String json, String expectedId) throws InvalidTenantDefinitionException {
        Problems problems = new Problems(source);
        JsonObject root = readObject(json, problems);
        if (root == null) {
            throw new InvalidTenantDefinitionException(problems.all);
        }
        for (String key : root.keySet()) {
            if (!FIELDS.contains(key)) {
                problems.warning(key, "unknown field, ignored (known fields: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        }

        String idText = text(root, "id", problems, true);
        TenantId id = null;
        if (idText != null) {
            String why = TenantId.problemWith(idText);
            if (why != null) {
                problems.error("id", why);
            } else if (expectedId != null && !expectedId.equals(idText)) {
                problems.error("id", "is '" + idText + "' but the file is named for '" + expectedId + "'; rename one so they match");
            } else {
                id = TenantId.of(idText);
            }
        }

        LocalizedText names = names(root, problems);
        String organisation = text(root, "organisation", problems, true);
        List<String> municipalities = municipalities(root, problems);
        Set<String> modules = modules(root, problems);
        String theme = root.containsKey("theme") ? text(root, "theme", problems, true) : "base";
        if (theme != null && TenantId.problemWith(theme) != null) {
            problems.error("theme", "must be a theme name like 'base' or 'lappi' (lower-case letters, digits, hyphens)");
        }
        List<IndicatorTarget> targets = targets(root, problems);

        if (problems.hasErrors()) {
            throw new InvalidTenantDefinitionException(problems.all);
        }
        return new Result(new TenantDefinition(id, names, organisation, municipalities, modules, theme, targets),
                problems.warnings());
    }

    private static JsonObject readObject(String json, Problems problems) {
        if (json == null || json.isBlank()) {
            problems.error("", "the file is empty");
            return null;
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.error("", "must be a JSON object { ... }");
                return null;
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            problems.error("", "is not valid JSON at line " + at.getLineNumber() + ", column " + at.getColumnNumber());
            return null;
        } catch (JsonException e) {
            problems.error("", "is not valid JSON (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String text(JsonObject object, String field, Problems problems, boolean required) {
        return text(object, field, field, problems, required);
    }

    private static String text(JsonObject object, String key, String path, Problems problems, boolean required) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                problems.error(path, "is missing");
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            problems.error(path, "must be a text in quotes");
            return null;
        }
        String text = ((JsonString) value).getString().strip();
        if (text.isEmpty()) {
            problems.error(path, "is empty");
            return null;
        }
        if (text.length() > MAX_TEXT) {
            problems.error(path, "is longer than " + MAX_TEXT + " characters");
            return null;
        }
        return text;
    }

    private static LocalizedText names(JsonObject root, Problems problems) {
        JsonObject names = object(root, "names", problems);
        if (names == null) {
            return null;
        }
        return new LocalizedText(
                text(names, "fi", "names.fi", problems, true),
                text(names, "sv", "names.sv", problems, true),
                text(names, "en", "names.en", problems, true));
    }

    private static JsonObject object(JsonObject root, String field, Problems problems) {
        JsonValue value = root.get(field);
        if (value == null) {
            problems.error(field, "is missing");
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.error(field, "must be an object { ... }");
            return null;
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonObject root, String field, Problems problems, boolean required) {
        JsonValue value = root.get(field);
        if (value == null) {
            if (required) {
                problems.error(field, "is missing");
            }
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.error(field, "must be a list [ ... ]");
            return null;
        }
        return value.asJsonArray();
    }

    private static List<String> stringList(JsonArray array, String field, Problems problems) {
        List<String> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "]";
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.STRING || ((JsonString) item).getString().isBlank()) {
                problems.error(path, "must be a non-empty text in quotes");
                continue;
            }
            String value = ((JsonString) item).getString().strip();
            if (!seen.add(value)) {
                problems.error(path, "'" + value + "' is listed twice");
                continue;
            }
            values.add(value);
        }
        return values;
    }

    private static List<String> municipalities(JsonObject root, Problems problems) {
        JsonArray array = array(root, "municipalities", problems, true);
        if (array == null) {
            return List.of();
        }
        if (array.isEmpty()) {
            problems.error("municipalities", "must name at least one municipality");
        }
        return stringList(array, "municipalities", problems);
    }

    private Set<String> modules(JsonObject root, Problems problems) {
        JsonArray array = array(root, "modules", problems, false);
        if (array == null) {
            return Set.of();
        }
        List<String> ids = stringList(array, "modules", problems);
        for (int i = 0; i < ids.size(); i++) {
            String module = ids.get(i);
            if (TenantId.problemWith(module) != null) {
                problems.error("modules[" + i + "]", "'" + module + "' is not a module id (lower-case letters, digits, hyphens)");
            } else if (!installedModules.contains(module)) {
                problems.warning("modules[" + i + "]", "module '" + module
                        + "' is not installed in this portal; it is recorded and takes effect when installed");
            }
        }
        return new LinkedHashSet<>(ids);
    }

    private static List<IndicatorTarget> targets(JsonObject root, Problems problems) {
        JsonArray array = array(root, "indicatorTargets", problems, false);
        if (array == null) {
            return List.of();
        }
        List<IndicatorTarget> targets = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "indicatorTargets[" + i + "]";
            JsonValue item = array.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.error(path, "must be an object { \"indicator\": ..., \"target\": ..., \"scale\": ... }");
                continue;
            }
            JsonObject target = item.asJsonObject();
            String indicator = text(target, "indicator", path + ".indicator", problems, true);
            String scaleKey = text(target, "scale", path + ".scale", problems, true);
            Scale scale = scaleKey == null ? null : Scale.byKey(scaleKey);
            if (scaleKey != null && scale == null) {
                problems.error(path + ".scale", "'" + scaleKey + "' is not a known scale (" + Scale.keys() + ")");
            }
            BigDecimal value = null;
            JsonValue raw = target.get("target");
            if (raw == null) {
                problems.error(path + ".target", "is missing");
            } else if (raw.getValueType() != JsonValue.ValueType.NUMBER) {
                problems.error(path + ".target", "must be a number such as 8.5 (no quotes, decimal point)");
            } else {
                value = ((JsonNumber) raw).bigDecimalValue();
                if (scale != null && !scale.contains(value)) {
                    problems.error(path + ".target", value.toPlainString() + " is outside the " + scale.key()
                            + " scale (" + scale.range() + ")");
                }
            }
            if (indicator != null && TenantId.problemWith(indicator) != null) {
                problems.error(path + ".indicator", "'" + indicator + "' is not an indicator id (lower-case letters, digits, hyphens)");
            } else if (indicator != null && !seen.add(indicator)) {
                problems.error(path + ".indicator", "'" + indicator + "' has a target already");
            }
            if (indicator != null && scale != null && value != null) {
                targets.add(new IndicatorTarget(indicator, value, scale));
            }
        }
        return targets;
    }

    private static final class Problems {
        private final String source;
        private final List<DefinitionProblem> all = new ArrayList<>();

        Problems(String source) {
            this.source = source;
        }

        void error(String field, String reason) {
            all.add(new DefinitionProblem(source, field, reason, true));
        }

        void warning(String field, String reason) {
            all.add(new DefinitionProblem(source, field, reason, false));
        }

        boolean hasErrors() {
            return all.stream().anyMatch(DefinitionProblem::error);
        }

        List<DefinitionProblem> warnings() {
            return all.stream().filter(p -> !p.error()).toList();
        }
    }
}
