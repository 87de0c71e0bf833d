package fi.kykyverkko.kernel.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Opens the portal's persistence unit on first use rather than at deployment. A container-managed unit is
 * opened (and logs in to MariaDB) while the WAR deploys, so a database that is down at that moment fails the
 * whole deployment; opened lazily, the portal deploys, says what it waits for, and retries.
 *
 * <p>EntityManagers are bound to the JTA transaction: one per schema per transaction, closed when it ends.
 * Tenant schemas are reached only through {@code TenantData}.
 */
@ApplicationScoped
public class PortalPersistence {

    static final String UNIT = "kykyverkko";
    static final String DESCRIPTOR = "META-INF/kykyverkko-persistence.xml";

    private static final String PLATFORM_KEY = PortalPersistence.class.getName() + ".platform";
    private static final String TENANT_KEY_PREFIX = PortalPersistence.class.getName() + ".tenant.";

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile EntityManagerFactory factory;

    public EntityManagerFactory factory() {
        EntityManagerFactory f = factory;
        if (f == null) {
            synchronized (this) {
                if (factory == null) {
                    factory = new PersistenceProvider().createEntityManagerFactory(UNIT, Map.of(
                            "eclipselink.persistencexml", DESCRIPTOR,
                            "eclipselink.classloader", PortalPersistence.class.getClassLoader()));
                    if (factory == null) {
                        throw new IllegalStateException(DESCRIPTOR + " with unit '" + UNIT + "' is missing from the WAR");
                    }
                }
                f = factory;
            }
        }
        return f;
    }

    /** The platform-schema EntityManager of the current transaction (one per transaction, closed with it). */
    public EntityManager platform() {
        return boundToTransaction(PLATFORM_KEY, Map.of());
    }

    /**
     * The EntityManager of the current transaction for one tenant schema. Only {@code TenantData} calls this,
     * after checking the tenant exists.
     */
    public EntityManager tenant(String tenantProperty, String schema) {
        return boundToTransaction(TENANT_KEY_PREFIX + schema, Map.of(tenantProperty, schema));
    }

    private EntityManager boundToTransaction(String key, Map<String, Object> properties) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Data can only be read or written inside a transaction (@Transactional)");
        }
        EntityManager em = (EntityManager) transactions.getResource(key);
        if (em == null) {
            EntityManager created = factory().createEntityManager(properties);
            created.joinTransaction();
            transactions.putResource(key, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // EclipseLink flushes through its own JTA synchronization
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            em = created;
        }
        return em;
    }

    @PreDestroy
    void shutdown() {
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
    }
}
