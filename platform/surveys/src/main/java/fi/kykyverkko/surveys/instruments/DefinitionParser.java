package fi.kykyverkko.surveys.instruments;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an instrument definition from JSON (format {@value #FORMAT}; the README shows it) and reports every problem
 * with its path, so whoever writes a definition fixes them all in one round.
 */
public final class DefinitionParser {

    /** The version of the JSON format itself, written as {@code "format"}; a later format gets its own reader. */
    public static final int FORMAT = 1;

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");

    private DefinitionParser() {
    }

    public static ParsedDefinition parse(String json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) { // not JSON, or JSON but not an object

            return failed(new DefinitionProblem("", "instrument.json.malformed"));
        }
        JsonFields fields = new JsonFields();
        Integer format = fields.integer(root, "", "format");
        if (format != null && format != FORMAT) {
            fields.problem("format", "instrument.format.unsupported");
        }
        String code = fields.string(root, "", "code");
        if (code != null && !CODE.matcher(code).matches()) {
            fields.problem("code", "instrument.code.invalid");
        }
        Integer version = fields.integer(root, "", "version");
        if (version != null && version < 1) {
            fields.problem("version", "instrument.version.too-small");
        }
        FourLanguageText name = fields.text(root, "", "name");
        List<Item> items = items(fields, fields.array(root, "", "items", true), root.get("items") instanceof JsonArray);
        List<ScoreRule> scores = ScoreRuleParser.rules(fields, fields.array(root, "", "scores", false), items);
        if (!fields.problems().isEmpty()) {
            return new ParsedDefinition(Optional.empty(), fields.problems());
        }
        return new ParsedDefinition(Optional.of(new InstrumentDefinition(code, version, name, items, scores)), List.of());
    }

    private static List<Item> items(JsonFields fields, JsonArray array, boolean given) {
        if (given && array.isEmpty()) {
            fields.problem("items", "instrument.items.empty");
        }
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = JsonFields.at("items", i);
            JsonObject object = fields.object(array.get(i), path);
            if (object == null) {
                continue;
            }
            String id = object.getString("id", null); // a missing id is the item parser's to report
            if (id != null && !ids.add(id)) {
                fields.problem(path + ".id", "instrument.item.duplicate-id");
            }
            ItemParser.item(fields, object, path, items).ifPresent(items::add);
        }
        return items;
    }

    private static ParsedDefinition failed(DefinitionProblem problem) {
        return new ParsedDefinition(Optional.empty(), List.of(problem));
    }
}
