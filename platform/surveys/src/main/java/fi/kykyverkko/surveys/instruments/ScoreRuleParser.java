package fi.kykyverkko.surveys.instruments;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the score rules of a definition: each names scale answers of the definition's items and has ordered bands. */
final class ScoreRuleParser {

    private ScoreRuleParser() {
    }

    static List<ScoreRule> rules(JsonFields fields, JsonArray array, List<Item> items) {
        List<ScoreRule> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = JsonFields.at("scores", i);
            JsonObject object = fields.object(array.get(i), path);
            if (object != null) {
                rule(fields, object, path, items).ifPresent(rule -> {
                    if (!codes.add(rule.code())) {
                        fields.problem(path + ".code", "instrument.score.duplicate-code");
                    }
                    rules.add(rule);
                });
            }
        }
        return rules;
    }

    private static Optional<ScoreRule> rule(JsonFields fields, JsonObject object, String path, List<Item> items) {
        int before = fields.problems().size();
        String code = fields.string(object, path, "code");
        ScoreRule.Method method = method(fields, fields.string(object, path, "method"), path + ".method");
        List<String> keys = new ArrayList<>();
        JsonArray named = fields.array(object, path, "items", true);
        for (int i = 0; i < named.size(); i++) {
            String at = JsonFields.at(path + ".items", i);
            if (named.get(i) instanceof JsonString key) {
                checkScorable(fields, key.getString(), items, at);
                keys.add(key.getString());
            } else {
                fields.problem(at, "instrument.field.wrong-type");
            }
        }
        if (named.isEmpty()) {
            fields.problem(path + ".items", "instrument.score.no-items");
        }
        Integer minAnswered = object.containsKey("minAnswered") ? fields.integer(object, path, "minAnswered") : Integer.valueOf(keys.size());
        if (minAnswered != null && !keys.isEmpty() && (minAnswered < 1 || minAnswered > keys.size())) {
            fields.problem(path + ".minAnswered", "instrument.score.min-answered-invalid");
        }
        BigDecimal multiply = null;
        BigDecimal add = null;
        if (object.containsKey("transform")) {
            JsonObject transform = fields.object(object.get("transform"), path + ".transform");
            if (transform != null) {
                multiply = fields.number(transform, path + ".transform", "multiply");
                add = fields.number(transform, path + ".transform", "add");
            }
        }
        List<Band> bands = bands(fields, fields.array(object, path, "bands", false), path + ".bands");
        if (fields.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ScoreRule(code, method, keys, minAnswered, multiply, add, bands));
    }

    private static ScoreRule.Method method(JsonFields fields, String name, String path) {
        if (name == null) {
            return null;
        }
        try {
            return ScoreRule.Method.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fields.problem(path, "instrument.score.unknown-method");
            return null;
        }
    }

    /** Only numeric scale answers are summed: text, choices and plain numbers have no common unit to add up. */
    private static void checkScorable(JsonFields fields, String key, List<Item> items, String path) {
        Optional<Item> item = items.stream().filter(i -> i.answerKeys().contains(key)).findFirst();
        if (item.isEmpty()) {
            fields.problem(path, "instrument.score.unknown-item");
        } else if (!item.get().scaleOf(key).isScale()) {
            fields.problem(path, "instrument.score.not-a-scale");
        }
    }

    private static List<Band> bands(JsonFields fields, JsonArray array, String path) {
        List<Band> bands = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i < array.size(); i++) {
            String at = JsonFields.at(path, i);
            JsonObject object = fields.object(array.get(i), at);
            if (object == null) {
                continue;
            }
            BigDecimal upTo = fields.number(object, at, "upTo");
            boolean last = i == array.size() - 1;
            if (last != (upTo == null)) {
                fields.problem(at + ".upTo", last ? "instrument.band.last-has-limit" : "instrument.band.limit-missing");
            }
            if (upTo != null && previous != null && upTo.compareTo(previous) <= 0) {
                fields.problem(at + ".upTo", "instrument.band.not-ascending");
            }
            previous = upTo != null ? upTo : previous;
            String code = fields.string(object, at, "code");
            FourLanguageText label = fields.text(object, at, "label");
            if (code != null && label != null) {
                bands.add(new Band(upTo, code, label));
            }
        }
        return bands;
    }
}
