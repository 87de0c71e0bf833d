package fi.kykyverkko.consultations.room;

import java.util.function.Consumer;

/**
 * How a change in a live room reaches every node and, on each, the room's UIs. One node publishes; every node's
 * listener gets it (the publishing node's at once, in the publisher's thread). The implementation
 * ({@link ClusteredRoomBus}) carries it to the other nodes over Payara's clustered CDI events.
 */
public interface RoomBus {

    /** Publishes {@code change} to this node and the others. */
    void publish(RoomChange change);

    /** {@code listener} gets every change on this node, published here or arriving from another node. */
    void listen(Consumer<RoomChange> listener);

    /** This node's name in {@link RoomChange#origin()}. */
    String node();
}
