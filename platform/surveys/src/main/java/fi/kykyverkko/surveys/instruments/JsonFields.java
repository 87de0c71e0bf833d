package fi.kykyverkko.surveys.instruments;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a definition's JSON and notes a problem with its path for each one missing or of the wrong
 * kind, answering null, so the parser carries on and reports every problem of the document, not just the first.
 */
final class JsonFields {

    private final List<DefinitionProblem> problems = new ArrayList<>();

    void problem(String path, String key) {
        problems.add(new DefinitionProblem(path, key));
    }

    List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A required string; blank counts as missing. */
    String string(JsonObject object, String path, String field) {
        JsonValue value = present(object, path, field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString s)) {
            problem(at(path, field), "instrument.field.wrong-type");
            return null;
        }
        if (s.getString().isBlank()) {
            problem(at(path, field), "instrument.field.missing");
            return null;
        }
        return s.getString();
    }

    /** An optional number: null when absent. */
    BigDecimal number(JsonObject object, String path, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber n)) {
            problem(at(path, field), "instrument.field.wrong-type");
            return null;
        }
        return n.bigDecimalValue();
    }

    /** A required whole number. */
    Integer integer(JsonObject object, String path, String field) {
        if (present(object, path, field) == null) {
            return null;
        }
        BigDecimal value = number(object, path, field);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            problem(at(path, field), "instrument.field.wrong-type");
            return null;
        }
        return value.intValueExact();
    }

    /** An optional flag, false when absent. */
    boolean flag(JsonObject object, String path, String field) {
        JsonValue value = object.get(field);
        if (value == null) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            problem(at(path, field), "instrument.field.wrong-type");
            return false;
        }
        return value == JsonValue.TRUE;
    }

    /** An array: empty when absent and not {@code required} (or wrong, with a problem). */
    JsonArray array(JsonObject object, String path, String field, boolean required) {
        JsonValue value = required ? present(object, path, field) : object.get(field);
        if (value == null) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (!(value instanceof JsonArray a)) {
            problem(at(path, field), "instrument.field.wrong-type");
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        return a;
    }

    /** An object element of an array or a field; null (with a problem) when it is not an object. */
    JsonObject object(JsonValue value, String path) {
        if (value instanceof JsonObject o) {
            return o;
        }
        problem(path, "instrument.field.wrong-type");
        return null;
    }

    /** A text in all four languages; each missing language is its own problem ({@code items[3].text.sv}). */
    FourLanguageText text(JsonObject object, String path, String field) {
        JsonValue value = present(object, path, field);
        if (value == null) {
            return null;
        }
        JsonObject texts = object(value, at(path, field));
        if (texts == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        for (String language : FourLanguageText.LANGUAGES) {
            JsonValue text = texts.get(language);
            if (text instanceof JsonString s && !s.getString().isBlank()) {
                found.add(s.getString());
            } else {
                problem(at(at(path, field), language), "instrument.text.missing-language");
            }
        }
        return found.size() == 4 ? new FourLanguageText(found.get(0), found.get(1), found.get(2), found.get(3)) : null;
    }

    private JsonValue present(JsonObject object, String path, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            problem(at(path, field), "instrument.field.missing");
            return null;
        }
        return value;
    }
}
