package fi.kykyverkko.shell.live;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Observes the live changes that Payara's clustered CDI event bus brings from other nodes ({@code @Inbound
 * LiveChange}) and hands them to {@link ClusteredLiveBus#received}. A portable extension adds the observer, since the
 * {@code @Inbound} qualifier is only there at run time ({@link PayaraQualifiers}); outside Payara it adds nothing.
 */
public class ClusteredLiveEvents implements Extension {

    void addInboundObserver(@Observes AfterBeanDiscovery discovery) {
        PayaraQualifiers.of(PayaraQualifiers.INBOUND).ifPresent(inbound -> discovery.<LiveChange>addObserverMethod()
                .observedType(LiveChange.class)
                .addQualifier(inbound)
                .notifyWith(event -> CDI.current().select(ClusteredLiveBus.class).get().received(event.getEvent())));
    }
}
