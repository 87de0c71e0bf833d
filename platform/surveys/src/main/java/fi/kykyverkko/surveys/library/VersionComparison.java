package fi.kykyverkko.surveys.library;

import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.Item;
import fi.kykyverkko.surveys.instruments.ScoreRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one version of an instrument to another: its name, each item (by id) added, removed or changed
 * in any way (text in any language, type, options, condition, required), and each score rule likewise. Items are
 * compared whole: the list says which item changed, the preview shows how.
 */
public final class VersionComparison {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One difference: an item or score ({@code what} = "item"/"score"/"name"), its id, and how it changed. */
    public record Difference(String what, String id, Kind kind) {
    }

    private VersionComparison() {
    }

    public static List<Difference> compare(InstrumentDefinition older, InstrumentDefinition newer) {
        List<Difference> differences = new ArrayList<>();
        if (!older.name().equals(newer.name())) {
            differences.add(new Difference("name", older.code(), Kind.CHANGED));
        }
        compare("item", byId(older.items(), Item::id), byId(newer.items(), Item::id), differences);
        compare("score", byId(older.scores(), ScoreRule::code), byId(newer.scores(), ScoreRule::code), differences);
        return differences;
    }

    private static <T> void compare(String what, Map<String, T> older, Map<String, T> newer, List<Difference> into) {
        older.forEach((id, before) -> {
            if (!newer.containsKey(id)) {
                into.add(new Difference(what, id, Kind.REMOVED));
            } else if (!Objects.equals(before, newer.get(id))) {
                into.add(new Difference(what, id, Kind.CHANGED));
            }
        });
        newer.keySet().stream().filter(id -> !older.containsKey(id)).forEach(id -> into.add(new Difference(what, id, Kind.ADDED)));
    }

    private static <T> Map<String, T> byId(List<T> rows, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
