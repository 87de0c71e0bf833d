package fi.kykyverkko.shell.live;

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
 * The live bus over Payara's clustered CDI events: a change is handed to this node's listeners at once and fired as an
 * {@code @Outbound} CDI event, which Payara publishes on its data grid (Hazelcast) to the other members of the cluster
 * (no loop-back: this node has it already); there Payara fires it as an {@code @Inbound} event, which
 * {@link ClusteredLiveEvents} observes and hands to {@link #received}. The payload is a {@link LiveChange}: region,
 * topic, id and what changed.
 *
 * <p>With Payara Micro started {@code --nocluster} (the portal today, one node) there is no data grid: the outbound
 * event goes nowhere (Payara's bus has no members to publish to) or fails, which is logged once and changes nothing
 * here. What a multi-node deployment needs is in the consultations module's README ("The live bus").
 */
@ApplicationScoped
public class ClusteredLiveBus implements LiveBus {

    private static final Logger LOG = Logger.getLogger(ClusteredLiveBus.class.getName());

    private final String node = UUID.randomUUID().toString();
    private final List<Consumer<LiveChange>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private Optional<Annotation> outbound;

    @Inject
    BeanManager beans;

    @Override
    public void publish(LiveChange change) {
        deliver(change);
        outbound().ifPresent(qualifier -> {
            try {
                beans.getEvent().select(LiveChange.class, qualifier).fire(change);
            } catch (RuntimeException | LinkageError noCluster) {
                if (failureLogged.compareAndSet(false, true)) {
                    LOG.log(Level.INFO, "Live changes stay on this node: Payara's clustered CDI events refused one"
                            + " (expected when Payara Micro runs with --nocluster)", noCluster);
                }
            }
        });
    }

    /** A change fired on another node, arriving through Payara's clustered events. */
    void received(LiveChange change) {
        if (!node.equals(change.origin())) {
            deliver(change);
        }
    }

    private void deliver(LiveChange change) {
        for (Consumer<LiveChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "A live listener failed on " + change, failed);
            }
        }
    }

    @Override
    public void listen(Consumer<LiveChange> listener) {
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
