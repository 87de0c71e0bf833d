package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An {@link AnswerSet} as stored and sent: {@code {"key": ["value", …], …}}; a single string is read as one value. */
public final class AnswerJson {

    /** Looked up once: {@code Json.create…} finds the provider anew (a service-loader search) on every call. */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private AnswerJson() {
    }

    public static String write(AnswerSet answers) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        new TreeMap<>(answers.values()).forEach((key, values) -> {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            values.forEach(array::add);
            object.add(key, array);
        });
        return object.build().toString();
    }

    public static AnswerSet read(String json) {
        return read(JSON.createReader(new StringReader(json)).readObject());
    }

    /** Reads an object of answers; anything but strings, numbers and arrays of them is refused. */
    public static AnswerSet read(JsonObject object) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            values.put(entry.getKey(), strings(entry.getValue()));
        }
        return new AnswerSet(values);
    }

    private static List<String> strings(JsonValue value) {
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                out.add(scalar(v));
            }
        } else {
            out.add(scalar(value));
        }
        return out;
    }

    private static String scalar(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> v.toString();
            case NULL -> "";
            default -> throw new IllegalArgumentException("an answer is a string, a number or a list of them");
        };
    }
}
