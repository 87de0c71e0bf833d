package fi.kykyverkko.surveys.library;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.surveys.instruments.DefinitionParser;
import fi.kykyverkko.surveys.instruments.DefinitionProblem;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ParsedDefinition;
import fi.kykyverkko.surveys.instruments.Versions;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * The library's pure rules on a definition's text: the version number is the library's to give, never the file's,
 * and a definition with problems is refused with every problem at its path.
 */
public final class LibraryJson {

    private LibraryJson() {
    }

    /**
     * The version a saved definition gets: 1 for a new code; else the latest version again when nothing has
     * answered it (corrected in place), or the next one when it is frozen ({@link Versions#nextVersion}).
     */
    public static int targetVersion(Integer latest, boolean latestFrozen) {
        return latest == null ? 1 : Versions.nextVersion(latest, latestFrozen);
    }

    /**
     * {@code json} with its {@code "version"} set to {@code version}: unchanged (formatting kept) when it already
     * says so, rewritten (pretty-printed, keys in their order) when it says another number or none; text that is not
     * a JSON object is returned as it is, for the parser to report.
     */
    public static String withVersion(String json, int version) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            return json;
        }
        JsonValue given = root.get("version");
        if (given instanceof JsonNumber number && number.isIntegral() && number.intValue() == version) {
            return json;
        }
        JsonObject changed = Json.createObjectBuilder(root).add("version", version).build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(changed);
        }
        return out.toString().strip() + "\n";
    }

    /** Reads {@code json}; throws {@link InvalidInputException} with every problem, each at its JSON path. */
    public static InstrumentDefinition parseOrRefuse(String json) {
        ParsedDefinition parsed = DefinitionParser.parse(json);
        refuse(parsed.problems());
        return parsed.definition().orElseThrow();
    }

    static void refuse(List<DefinitionProblem> found) {
        Problems problems = new Problems();
        found.forEach(p -> problems.add(p.path(), p.key()));
        problems.throwIfAny();
    }

    /**
     * A copy of {@code json} as the start of a new instrument: its code {@code code}, version 1, and " (kopio)" after
     * the Finnish name so the two are told apart in lists; everything else as in the original. {@code json} as it was
     * when it is not a JSON object.
     */
    public static String asCopy(String json, String code) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException notAnObject) {
            return json;
        }
        var copy = Json.createObjectBuilder(root).add("code", code == null ? "" : code).add("version", 1);
        if (root.get("name") instanceof JsonObject name && name.get("fi") instanceof jakarta.json.JsonString fi) {
            copy.add("name", Json.createObjectBuilder(name).add("fi", fi.getString() + " (kopio)"));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(copy.build());
        }
        return out.toString().strip() + "\n";
    }
}
