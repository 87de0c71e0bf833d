package fi.kykyverkko.clients.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The register's names are read once a minute per region, handed out as the same sets meanwhile, and kept apart. */
class ClientRegisterNamesTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");

    private final List<TenantId> reads = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-03T12:00:00Z");
    private Set<String> lappiSurnames = Set.of("Virtanen");

    private final ClientRegisterNames names = new ClientRegisterNames() {
        @Override
        Snapshot read(TenantId tenant, Instant at) {
            reads.add(tenant);
            return tenant.equals(LAPPI) ? new Snapshot(at, Set.copyOf(lappiSurnames), Set.of("Matti"))
                    : new Snapshot(at, Set.of("Pelkonen"), Set.of("Kaisa"));
        }
    };

    private void at(Instant instant) {
        now = instant;
        names.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void readOncePerMinutePerRegionAndTheSameSetsMeanwhile() {
        at(now);
        Set<String> first = names.surnames(LAPPI);
        assertEquals(Set.of("Virtanen"), first);
        assertEquals(Set.of("Matti"), names.givenNames(LAPPI));
        lappiSurnames = Set.of("Virtanen", "Korhonen");
        at(now.plus(ClientRegisterNames.FRESH_FOR).minusMillis(1));
        assertSame(first, names.surnames(LAPPI), "still fresh: the same set, so the guard keeps its index");
        assertEquals(Set.of("Pelkonen"), names.surnames(KYMENLAAKSO));
        at(now.plus(Duration.ofMillis(1)));
        assertEquals(Set.of("Virtanen", "Korhonen"), names.surnames(LAPPI), "a minute on: read again");
        assertEquals(List.of(LAPPI, KYMENLAAKSO, LAPPI), reads);
    }

    @Test
    void theGuardFindsARegionsClientsOnlyInThatRegion() {
        at(now);
        IdentityGuard guard = new IdentityGuard(List.of(names));
        assertEquals(1, guard.check(LAPPI, "Soitin Matti Virtaselle.").size());
        assertEquals(0, guard.check(KYMENLAAKSO, "Soitin Matti Virtaselle.").size());
        assertEquals(1, guard.check(KYMENLAAKSO, "Kaisa Pelkosen asia.").size());
    }
}
