package fi.kykyverkko.consultations.room;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is in which room on this node: one entry per UI in the room (a person with two tabs is one name), added when
 * the room's view attaches and removed when it detaches (navigating away, the tab's UI closed, the session ending).
 * Kept in this node's memory: see the README for what several nodes need.
 */
@ApplicationScoped
public class RoomPresence {

    private record Key(TenantId tenant, long sessionId) {
    }

    private final Map<Key, Map<String, String>> rooms = new ConcurrentHashMap<>();

    /** {@code ui} (a key unique on this node) of {@code name} is in the room. */
    public void join(TenantId tenant, long sessionId, String ui, String name) {
        rooms.computeIfAbsent(new Key(tenant, sessionId), k -> new ConcurrentHashMap<>()).put(ui, name);
    }

    public void leave(TenantId tenant, long sessionId, String ui) {
        rooms.computeIfPresent(new Key(tenant, sessionId), (k, uis) -> {
            uis.remove(ui);
            return uis.isEmpty() ? null : uis;
        });
    }

    /** The names present, each once, in alphabetical order. */
    public List<String> present(TenantId tenant, long sessionId) {
        Map<String, String> uis = rooms.get(new Key(tenant, sessionId));
        return uis == null ? List.of() : uis.values().stream().distinct().sorted().toList();
    }
}
