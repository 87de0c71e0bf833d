package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers and scores of a measurement as the JSON stored in its row, and back. */
final class MeasurementJson {

    private MeasurementJson() {
    }

    static String answers(AnswerSet answers) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        answers.values().forEach((key, values) -> {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(array::add);
            object.add(key, array);
        });
        return object.build().toString();
    }

    static AnswerSet answers(String json) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (json != null) {
            read(json).asJsonObject().forEach((key, value) -> values.put(key,
                    value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        }
        return new AnswerSet(values);
    }

    static String scores(List<StoredScore> scores) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (StoredScore s : scores) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("code", s.code());
            if (s.value() == null) {
                o.addNull("value");
            } else {
                o.add("value", s.value().toPlainString());
            }
            if (s.band() == null) {
                o.addNull("band");
            } else {
                o.add("band", s.band());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    static List<StoredScore> scores(String json) {
        List<StoredScore> scores = new ArrayList<>();
        if (json == null) {
            return scores;
        }
        JsonArray array = read(json).asJsonArray();
        for (JsonValue v : array) {
            JsonObject o = v.asJsonObject();
            scores.add(new StoredScore(o.getString("code"),
                    o.isNull("value") ? null : new BigDecimal(o.getString("value")),
                    o.isNull("band") ? null : o.getString("band")));
        }
        return scores;
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
