package fi.kykyverkko.consultations.room;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.shell.live.LiveBus;
import fi.kykyverkko.shell.live.LiveChange;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's side of the rooms on the shell's live bus (topic {@link RoomChange#TOPIC}): the rooms' UIs watch their room here; on every change of a room (from this node or
 * another) the room is read once from the database, in its own region, and handed to each of its watchers (which push
 * it to their UI, {@code UI.access}). A room nobody watches on this node is not read.
 */
@ApplicationScoped
public class RoomHub {

    private static final Logger LOG = Logger.getLogger(RoomHub.class.getName());

    private record Key(String region, long sessionId) {
    }

    private final Map<Key, List<Consumer<RoomSnapshot>>> watchers = new ConcurrentHashMap<>();

    @Inject
    LiveBus bus;

    @Inject
    SessionRoom room;

    @PostConstruct
    void listen() {
        bus.listen(change -> {
            if (RoomChange.TOPIC.equals(change.topic())) {
                changed(change);
            }
        });
    }

    /** {@code watcher} gets the room of {@code sessionId} after each change; run the returned action to stop. */
    public Runnable watch(TenantId tenant, long sessionId, Consumer<RoomSnapshot> watcher) {
        Key key = new Key(tenant.value(), sessionId);
        watchers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(watcher);
        return () -> watchers.computeIfPresent(key, (k, list) -> {
            list.remove(watcher);
            return list.isEmpty() ? null : list;
        });
    }

    void changed(LiveChange change) {
        List<Consumer<RoomSnapshot>> watching = watchers.get(new Key(change.region(), change.id()));
        if (watching == null || watching.isEmpty()) {
            return;
        }
        RoomSnapshot snapshot = room.snapshot(TenantId.of(change.region()), change.id());
        for (Consumer<RoomSnapshot> watcher : watching) {
            try {
                watcher.accept(snapshot);
            } catch (RuntimeException failed) {
                LOG.log(Level.FINE, "A room watcher failed (its UI has gone?)", failed);
            }
        }
    }
}
