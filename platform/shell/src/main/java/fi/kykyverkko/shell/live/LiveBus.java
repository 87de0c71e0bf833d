package fi.kykyverkko.shell.live;

import java.util.function.Consumer;

/**
 * How a change that others are looking at reaches every node and, on each, the UIs that show it: one node publishes;
 * every node's listener gets it (the publishing node's at once, in the publisher's thread). The implementation
 * ({@link ClusteredLiveBus}) carries it to the other nodes over Payara's clustered CDI events. Modules publish after
 * their transaction has committed, so a node that re-reads sees the change.
 */
public interface LiveBus {

    /** Publishes a change of {@code key} to this node and the others. */
    default void publish(LiveKey key, String what) {
        publish(new LiveChange(key.region(), key.topic(), key.id(), what, node()));
    }

    /** Publishes {@code change} to this node and the others. */
    void publish(LiveChange change);

    /** {@code listener} gets every change on this node, published here or arriving from another node. */
    void listen(Consumer<LiveChange> listener);

    /** This node's name in {@link LiveChange#origin()}. */
    String node();
}
