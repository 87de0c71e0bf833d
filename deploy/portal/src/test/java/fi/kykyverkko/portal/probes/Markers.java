package fi.kykyverkko.portal.probes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Finds which of many marker strings occur in a text, in one pass over the text (Aho–Corasick): a probe answer of
 * 40 kB checked against thousands of another region's strings costs about as much as reading it once.
 */
final class Markers {

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Node fail;
        final List<String> ends = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final int size;

    Markers(Collection<String> markers) {
        for (String marker : markers) {
            Node node = root;
            for (int i = 0; i < marker.length(); i++) {
                node = node.next.computeIfAbsent(marker.charAt(i), c -> new Node());
            }
            node.ends.add(marker);
        }
        size = markers.size();
        Queue<Node> queue = new ArrayDeque<>();
        for (Node child : root.next.values()) {
            child.fail = root;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            Node node = queue.remove();
            for (Map.Entry<Character, Node> edge : node.next.entrySet()) {
                Node child = edge.getValue();
                Node f = node.fail;
                while (f != null && !f.next.containsKey(edge.getKey())) {
                    f = f.fail;
                }
                child.fail = f == null ? root : f.next.get(edge.getKey());
                child.ends.addAll(child.fail.ends);
                queue.add(child);
            }
        }
    }

    int size() {
        return size;
    }

    /** The markers that occur in {@code text}. */
    Set<String> foundIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Node node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (node != root && !node.next.containsKey(c)) {
                node = node.fail;
            }
            node = node.next.getOrDefault(c, root);
            found.addAll(node.ends);
        }
        return found;
    }
}
