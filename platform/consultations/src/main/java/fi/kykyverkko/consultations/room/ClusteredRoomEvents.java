package fi.kykyverkko.consultations.room;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Observes the room changes that Payara's clustered CDI event bus brings from other nodes ({@code @Inbound
 * RoomChange}) and hands them to {@link ClusteredRoomBus#received}. A portable extension adds the observer, since the
 * {@code @Inbound} qualifier is only there at run time ({@link PayaraQualifiers}); outside Payara it adds nothing.
 */
public class ClusteredRoomEvents implements Extension {

    void addInboundObserver(@Observes AfterBeanDiscovery discovery) {
        PayaraQualifiers.of(PayaraQualifiers.INBOUND).ifPresent(inbound -> discovery.<RoomChange>addObserverMethod()
                .observedType(RoomChange.class)
                .addQualifier(inbound)
                .notifyWith(event -> CDI.current().select(ClusteredRoomBus.class).get().received(event.getEvent())));
    }
}
