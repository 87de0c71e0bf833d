package fi.kykyverkko.kernel.api;

import fi.kykyverkko.kernel.domain.Problems;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a request body meets before JSON-B binds it, so that what JSON-B would coerce, guess or fail on with a
 * 500 is a 400 naming the field instead: valid UTF-8 (never silently U+FFFD), exactly one JSON value with nothing after
 * it, an object where a record is expected, and for a record's components: no unknown field, a string where a
 * {@code String} is (never a number or boolean made into one), an array where a list is, a known constant for an enum,
 * a real date for a {@code LocalDate}, and no control character (other than tab and line breaks) in any string.
 * Pure: {@link #check(byte[], Type)} returns every problem, field paths as {@code municipalities[2]}.
 */
public final class StrictJsonBody {

    /** No body of the API nests objects and arrays anywhere near this deep. */
    static final int MAX_DEPTH = 64;

    private StrictJsonBody() {
    }

    /** Whether objects and arrays in {@code text} nest deeper than {@code max} (brackets inside strings do not count). */
    static boolean deeperThan(String text, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }

    /** Every problem of {@code body} for a parameter of {@code type}; empty when JSON-B may bind it. */
    public static Problems check(byte[] body, Type type) {
        Problems problems = new Problems();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return problems.add("", "api.body.not-utf8");
        }
        if (deeperThan(text, MAX_DEPTH)) {
            return problems.add("", "api.body.too-deep"); // the parser would fail with an error of its own at 1,000
        }
        JsonValue value;
        try {
            value = single(text);
        } catch (JsonParsingException | IllegalStateException | java.util.NoSuchElementException e) {
            return problems.add("", "api.body.not-json");
        }
        controlCharacters(value, "", problems);
        Class<?> raw = raw(type);
        // a resource taking a JSON-P object or array would get the wrong kind of value and fail with a 500
        if (raw != null && JsonObject.class.isAssignableFrom(raw) && value.getValueType() != JsonValue.ValueType.OBJECT) {
            return problems.add("", "api.body.object-expected");
        }
        if (raw != null && jakarta.json.JsonArray.class.isAssignableFrom(raw) && value.getValueType() != JsonValue.ValueType.ARRAY) {
            return problems.add("", "api.body.list-expected");
        }
        if (raw != null && raw.isRecord()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return problems.add("", "api.body.object-expected");
            }
            record(value.asJsonObject(), raw, "", problems);
        }
        return problems;
    }

    /** The one value of {@code text}; anything after it (a second value, stray characters) is refused. */
    private static JsonValue single(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new IllegalStateException("empty");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new IllegalStateException("more after the value");
            }
            return value;
        }
    }

    private static void record(JsonObject json, Class<?> type, String path, Problems problems) {
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
        json.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.add(path + k, "api.body.unknown-field"));
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = json.get(component.getName());
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                value(value, component.getGenericType(), path + component.getName(), problems);
            }
        }
    }

    private static void value(JsonValue value, Type type, String path, Problems problems) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        JsonValue.ValueType kind = value.getValueType();
        if (raw == String.class) {
            expect(kind == JsonValue.ValueType.STRING, path, "api.body.string-expected", problems);
        } else if (raw.isEnum()) {
            String[] names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
            if (kind != JsonValue.ValueType.STRING || !Arrays.asList(names).contains(((JsonString) value).getString())) {
                problems.add(path, "import.unknown-choice", String.join(", ", names));
            }
        } else if (raw == LocalDate.class) {
            if (kind != JsonValue.ValueType.STRING || !isDate(((JsonString) value).getString())) {
                problems.add(path, "api.body.date-expected");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            expect(kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE, path, "api.body.boolean-expected", problems);
        } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
            expect(kind == JsonValue.ValueType.NUMBER, path, "api.body.number-expected", problems);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (kind != JsonValue.ValueType.ARRAY) {
                problems.add(path, "api.body.list-expected");
            } else if (type instanceof ParameterizedType p) {
                JsonArray items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).getValueType() != JsonValue.ValueType.NULL) {
                        value(items.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", problems);
                    }
                }
            }
        } else if (raw.isRecord()) {
            if (kind != JsonValue.ValueType.OBJECT) {
                problems.add(path, "api.body.object-expected");
            } else {
                record(value.asJsonObject(), raw, path + ".", problems);
            }
        }
    }

    private static void controlCharacters(JsonValue value, String path, Problems problems) {
        switch (value.getValueType()) {
            case STRING -> {
                if (((JsonString) value).getString().chars().anyMatch(StrictJsonBody::isControl)) {
                    problems.add(path, "api.body.control-character");
                }
            }
            case OBJECT -> value.asJsonObject().forEach((k, v) -> controlCharacters(v, path.isEmpty() ? k : path + "." + k, problems));
            case ARRAY -> {
                List<JsonValue> items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    controlCharacters(items.get(i), path + "[" + i + "]", problems);
                }
            }
            default -> { }
        }
    }

    /** C0 and C1 controls and DEL, except tab, line feed and carriage return: nothing a person types means them. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void expect(boolean ok, String path, String key, Problems problems) {
        if (!ok) {
            problems.add(path, key);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
