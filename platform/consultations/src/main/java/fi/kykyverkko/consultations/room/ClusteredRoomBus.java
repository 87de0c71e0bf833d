package fi.kykyverkko.consultations.room;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The room bus over Payara's clustered CDI events: a change is handed to this node's listeners at once and fired as an
 * {@code @Outbound} CDI event, which Payara publishes on its data grid (Hazelcast) to the other members of the cluster
 * (no loop-back: this node has it already); there Payara fires it as an {@code @Inbound} event, which
 * {@link ClusteredRoomEvents} observes and hands to {@link #received}. The payload is a {@link RoomChange}: region,
 * session and what changed.
 *
 * <p>With Payara Micro started {@code --nocluster} (the portal today, one node) there is no data grid: the outbound
 * event goes nowhere (Payara's bus has no members to publish to) or fails, which is logged once and changes nothing
 * here. What a multi-node deployment needs is in the module's README ("The room bus").
 */
@ApplicationScoped
public class ClusteredRoomBus implements RoomBus {

    private static final Logger LOG = Logger.getLogger(ClusteredRoomBus.class.getName());

    private final String node = UUID.randomUUID().toString();
    private final List<Consumer<RoomChange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private Optional<Annotation> outbound;

    @Inject
    BeanManager beans;

    @Override
    public void publish(RoomChange change) {
        deliver(change);
        outbound().ifPresent(qualifier -> {
            try {
                beans.getEvent().select(RoomChange.class, qualifier).fire(change);
            } catch (RuntimeException | LinkageError noCluster) {
                if (failureLogged.compareAndSet(false, true)) {
                    LOG.log(Level.INFO, "Room changes stay on this node: Payara's clustered CDI events refused one"
                            + " (expected when Payara Micro runs with --nocluster)", noCluster);
                }
            }
        });
    }

    /** A change fired on another node, arriving through Payara's clustered events. */
    void received(RoomChange change) {
        if (!node.equals(change.origin())) {
            deliver(change);
        }
    }

    private void deliver(RoomChange change) {
        for (Consumer<RoomChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "A room listener failed on " + change, failed);
            }
        }
    }

    @Override
    public void listen(Consumer<RoomChange> listener) {
        listeners.add(listener);
    }

    @Override
    public String node() {
        return node;
    }

    private synchronized Optional<Annotation> outbound() {
        if (outbound == null) {
            outbound = PayaraQualifiers.of(PayaraQualifiers.OUTBOUND);
        }
        return outbound;
    }
}
