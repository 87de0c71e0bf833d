package fi.kykyverkko.shell.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's side of the live bus for views: a view watches one thing ({@link LiveKey}) while it is shown, and gets
 * every change of it, from this node or another. Nobody watching a key costs nothing. Views use
 * {@link LiveRefresh#whileAttached}, which does the UI's locking and stops watching when the view goes.
 */
@ApplicationScoped
public class LiveHub {

    private static final Logger LOG = Logger.getLogger(LiveHub.class.getName());

    private final Map<LiveKey, List<Consumer<LiveChange>>> watchers = new ConcurrentHashMap<>();

    @Inject
    LiveBus bus;

    /** Absent outside the container (view tests): then a change is published at once. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A hub on a bus of this node only, outside the container (view tests, tools). */
    public static LiveHub local() {
        LiveHub hub = new LiveHub();
        hub.bus = new ClusteredLiveBus();
        hub.listen();
        return hub;
    }

    @PostConstruct
    void listen() {
        bus.listen(this::changed);
    }

    /** {@code watcher} gets every change of {@code key}; run the returned action to stop. */
    public Runnable watch(LiveKey key, Consumer<LiveChange> watcher) {
        watchers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(watcher);
        return () -> watchers.computeIfPresent(key, (k, list) -> {
            list.remove(watcher);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * Publishes a change of {@code key}: inside a transaction only once it has committed (others re-read at once and
     * must see it; a rolled-back change is told to no one), outside one now.
     */
    public void publish(LiveKey key, String what) {
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            bus.publish(key, what);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to tell before the outcome
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    bus.publish(key, what);
                }
            }
        });
    }

    /** How many watch {@code key} on this node (for tests and the benchmark). */
    public int watching(LiveKey key) {
        List<Consumer<LiveChange>> list = watchers.get(key);
        return list == null ? 0 : list.size();
    }

    void changed(LiveChange change) {
        List<Consumer<LiveChange>> watching = watchers.get(change.key());
        if (watching == null) {
            return;
        }
        for (Consumer<LiveChange> watcher : watching) {
            try {
                watcher.accept(change);
            } catch (RuntimeException failed) {
                LOG.log(Level.FINE, "A live watcher failed (its UI has gone?)", failed);
            }
        }
    }
}
