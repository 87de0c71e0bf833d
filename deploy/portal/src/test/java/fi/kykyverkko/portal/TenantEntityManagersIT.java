package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.links.IssuedLink;
import fi.kykyverkko.kernel.links.PersonalLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A region's EntityManagers (kernel PortalPersistence): a transaction reads what another committed in between, and an
 * EntityManager never serves another region, whatever ran before in the same thread.
 */
class TenantEntityManagersIT extends PortalInsideTest {

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantData data;

    @Inject
    PersonalLinks links;

    @Resource
    ManagedExecutorService executor;

    private TenantId newRegion(String name) throws Exception {
        TenantId id = TenantId.of("it-em-" + name + "-" + UUID.randomUUID().toString().substring(0, 6));
        provisioner.create(new TenantDefinition(id, new LocalizedText("Testi", "Test", "Test"), "Testi", List.of("Testilä"),
                Set.of(), "base", List.of()), "TenantEntityManagersIT");
        return id;
    }

    @Test
    void theNextTransactionReadsWhatAnotherCommittedInBetween() throws Exception {
        TenantId region = newRegion("reuse");
        IssuedLink issued = links.issue(region, "survey", "invitation:1", Duration.ofDays(1), UseMode.REUSABLE_UNTIL_SUBMITTED, false, "it");
        data.run(region, em -> {
            assertTrue(em.find(PersonalLink.class, issued.id()).isLiveAt(Instant.now()), "read (and cached) while live");
            // another transaction, on another thread and so with another EntityManager, revokes it and commits
            try {
                executor.submit(() -> links.revoke(region, issued.id(), "it")).get(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        data.run(region, em -> {
            assertFalse(em.find(PersonalLink.class, issued.id()).isLiveAt(Instant.now()), "the revoke committed in between is seen");
        });
    }

    @Test
    void anEntityManagerServesOnlyItsOwnRegion() throws Exception {
        TenantId one = newRegion("one");
        TenantId other = newRegion("other");
        IssuedLink inOne = links.issue(one, "survey", "invitation:1", Duration.ofDays(1), UseMode.REUSABLE_UNTIL_SUBMITTED, false, "it");
        EntityManager ofOne = data.call(one, em -> {
            assertNotNull(em.find(PersonalLink.class, inOne.id()));
            return em;
        });
        data.run(other, em -> {
            assertTrue(em != ofOne, "the other region gets an EntityManager of its own");
            assertEquals(0L, em.createQuery("SELECT COUNT(l) FROM PersonalLink l", Long.class).getSingleResult(),
                    "a new region has no links, whatever ran before in this thread");
        });
    }
}
