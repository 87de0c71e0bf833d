package fi.kykyverkko.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the browser would hold of one Vaadin UI, rebuilt from the UIDL answers' {@code changes}: state nodes with
 * their values (tag, properties, attributes, text) and children. Enough to find an element by its id and read its
 * text, so that a client without a browser can click a button or fill a field the way the Flow client does.
 *
 * <p>Only what a UIDL change says is kept; feature numbers are not interpreted except that a splice adding nodes adds
 * children, and a put of {@code id} (attribute or property) names the node.
 */
public final class UiTree {

    /** One state node: its values by key and its child node ids in order. */
    public static final class Node {
        private final int id;
        private final Map<String, JsonValue> values = new LinkedHashMap<>();
        private final Map<String, Integer> featureOf = new HashMap<>();
        private final List<Integer> children = new ArrayList<>();
        /** The feature whose splices add this node's children; -1 until one has. */
        private int childFeature = -1;

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        /** A string value (tag, text, id, label ...), or null. */
        public String string(String key) {
            return values.get(key) instanceof JsonString s ? s.getString() : null;
        }

        /** The feature number the server put {@code key} in (e.g. the property map for "value"), or -1. */
        public int feature(String key) {
            return featureOf.getOrDefault(key, -1);
        }

        public List<Integer> children() {
            return List.copyOf(children);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies one UIDL answer's {@code changes} (absent: nothing changes). */
    public synchronized void apply(JsonObject answer) {
        JsonArray changes = answer.getJsonArray("changes");
        if (changes == null) {
            return;
        }
        for (JsonValue value : changes) {
            JsonObject change = value.asJsonObject();
            int id = change.getInt("node");
            String type = change.getString("type", "");
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> {
                    Node node = node(id);
                    node.values.remove(change.getString("key", ""));
                }
                case "splice" -> splice(node(id), change);
                case "clear" -> node(id).children.clear();
                default -> {
                    // other change types (e.g. of client-side lists) do not matter for finding elements
                }
            }
        }
    }

    /** The node whose {@code id} (attribute or property) is {@code elementId}. */
    public synchronized Optional<Node> byElementId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.string("id"))).findFirst();
    }

    /** The first node with tag {@code tag} whose text (own and descendants') contains {@code text}. */
    public synchronized Optional<Node> byTagAndText(String tag, String text) {
        return nodes.values().stream().sorted(java.util.Comparator.comparingInt(Node::id))
                .filter(n -> tag.equals(n.string("tag")) && text(n.id).contains(text)).findFirst();
    }

    public synchronized Optional<Node> node(Integer id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The concatenated text of a node and its descendants, as a browser's textContent. */
    public synchronized String text(int id) {
        StringBuilder out = new StringBuilder();
        collectText(id, out, 0);
        return out.toString();
    }

    public synchronized int size() {
        return nodes.size();
    }

    private void collectText(int id, StringBuilder out, int depth) {
        Node node = nodes.get(id);
        if (node == null || depth > 200) {
            return;
        }
        String text = node.string("text");
        if (text != null) {
            out.append(text);
        }
        for (int child : node.children) {
            collectText(child, out, depth + 1);
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node node, JsonObject change) {
        String key = change.getString("key", null);
        if (key == null) {
            return;
        }
        JsonValue value = change.containsKey("value") ? change.get("value")
                : change.containsKey("nodeValue") ? change.get("nodeValue") : JsonValue.NULL;
        node.values.put(key, value);
        node.featureOf.put(key, change.getInt("feat", -1));
    }

    private static void splice(Node node, JsonObject change) {
        int index = change.getInt("index", 0);
        int remove = change.getInt("remove", 0);
        JsonArray add = change.getJsonArray("addNodes");
        int feature = change.getInt("feat", -1);
        if (add != null && node.childFeature == -1) {
            node.childFeature = feature;
        }
        if (feature != node.childFeature) {
            return; // a list of plain values (class names, client-side lists): not children
        }
        List<Integer> children = node.children;
        for (int i = 0; i < remove && index < children.size(); i++) {
            children.remove(index);
        }
        int at = Math.min(index, children.size());
        if (add != null) {
            for (JsonValue added : add) {
                children.add(at++, ((JsonNumber) added).intValue());
            }
        }
    }
}
