package fi.kykyverkko.surveys.instruments;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one item of a definition, noting every problem; the item's parts are checked against its type. */
final class ItemParser {

    private ItemParser() {
    }

    /** The item, or empty when it has problems; {@code earlier} are the items before it (a condition names one). */
    static Optional<Item> item(JsonFields fields, JsonObject object, String path, List<Item> earlier) {
        int before = fields.problems().size();
        String id = fields.string(object, path, "id");
        ItemType type = type(fields, fields.string(object, path, "type"), path + ".type");
        boolean required = fields.flag(object, path, "required");
        FourLanguageText text = fields.text(object, path, "text");
        ShowIf showIf = showIf(fields, object, path, earlier);
        List<ChoiceOption> options = List.of();
        Integer maxLength = null;
        BigDecimal min = null;
        BigDecimal max = null;
        ItemType rowScale = null;
        List<MatrixRow> rows = List.of();
        if (type == ItemType.SECTION && required) {
            fields.problem(path + ".required", "instrument.item.section-required");
        }
        if (type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE) {
            options = options(fields, fields.array(object, path, "options", true), path + ".options");
        } else if (type == ItemType.FREE_TEXT) {
            maxLength = fields.integer(object, path, "maxLength");
            if (maxLength != null && maxLength < 1) {
                fields.problem(path + ".maxLength", "instrument.item.max-length-invalid");
            }
        } else if (type == ItemType.NUMBER) {
            min = fields.number(object, path, "min");
            max = fields.number(object, path, "max");
            if (min != null && max != null && min.compareTo(max) > 0) {
                fields.problem(path + ".max", "instrument.item.range-reversed");
            }
        } else if (type == ItemType.MATRIX) {
            rowScale = type(fields, fields.string(object, path, "scale"), path + ".scale");
            if (rowScale != null && !rowScale.isScale()) {
                fields.problem(path + ".scale", "instrument.item.row-scale-invalid");
            }
            rows = rows(fields, fields.array(object, path, "rows", true), path + ".rows");
        }
        if (fields.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Item(id, type, required, text, showIf, options, maxLength, min, max, rowScale, rows));
    }

    private static ItemType type(JsonFields fields, String name, String path) {
        if (name == null) {
            return null;
        }
        try {
            return ItemType.valueOf(name);
        } catch (IllegalArgumentException e) {
            fields.problem(path, "instrument.item.unknown-type");
            return null;
        }
    }

    /** A condition names an earlier item with a single answer, so the form never waits on a later question. */
    private static ShowIf showIf(JsonFields fields, JsonObject object, String path, List<Item> earlier) {
        if (!object.containsKey("showIf")) {
            return null;
        }
        String at = path + ".showIf";
        JsonObject condition = fields.object(object.get("showIf"), at);
        if (condition == null) {
            return null;
        }
        String item = fields.string(condition, at, "item");
        Set<String> values = new HashSet<>();
        for (JsonValue value : fields.array(condition, at, "values", true)) {
            if (value instanceof JsonString s) {
                values.add(s.getString());
            } else {
                fields.problem(at + ".values", "instrument.field.wrong-type");
            }
        }
        if (values.isEmpty()) {
            fields.problem(at + ".values", "instrument.item.show-if-no-values");
        }
        if (item == null) {
            return null;
        }
        Optional<Item> controlling = earlier.stream().filter(i -> i.id().equals(item)).findFirst();
        if (controlling.isEmpty()) {
            fields.problem(at + ".item", "instrument.item.show-if-unknown-item");
        } else if (List.of(ItemType.SECTION, ItemType.MATRIX, ItemType.FREE_TEXT).contains(controlling.get().type())) {
            fields.problem(at + ".item", "instrument.item.show-if-unsuitable");
        }
        return new ShowIf(item, values);
    }

    private static List<ChoiceOption> options(JsonFields fields, JsonArray array, String path) {
        if (array.isEmpty()) {
            fields.problem(path, "instrument.item.options-missing");
        }
        List<ChoiceOption> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = JsonFields.at(path, i);
            JsonObject object = fields.object(array.get(i), at);
            if (object == null) {
                continue;
            }
            String code = fields.string(object, at, "code");
            FourLanguageText label = fields.text(object, at, "label");
            if (code != null && !codes.add(code)) {
                fields.problem(at + ".code", "instrument.item.duplicate-option");
            }
            if (code != null && label != null) {
                options.add(new ChoiceOption(code, label));
            }
        }
        return options;
    }

    private static List<MatrixRow> rows(JsonFields fields, JsonArray array, String path) {
        if (array.isEmpty()) {
            fields.problem(path, "instrument.item.rows-missing");
        }
        List<MatrixRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = JsonFields.at(path, i);
            JsonObject object = fields.object(array.get(i), at);
            if (object == null) {
                continue;
            }
            String id = fields.string(object, at, "id");
            FourLanguageText text = fields.text(object, at, "text");
            if (id != null && !ids.add(id)) {
                fields.problem(at + ".id", "instrument.item.duplicate-id");
            }
            if (id != null && text != null) {
                rows.add(new MatrixRow(id, text));
            }
        }
        return rows;
    }
}
