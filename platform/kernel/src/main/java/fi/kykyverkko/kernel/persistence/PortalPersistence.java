package fi.kykyverkko.kernel.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import fi.kykyverkko.kernel.module.ModuleRegistry;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Opens the portal's persistence unit on first use rather than at deployment. A container-managed unit is
 * opened (and logs in to MariaDB) while the WAR deploys, so a database that is down at that moment fails the
 * whole deployment; opened lazily, the portal deploys, says what it waits for, and retries.
 *
 * <p>EntityManagers are bound to the JTA transaction: one per schema per transaction, closed when it ends.
 * Tenant schemas are reached only through {@code TenantData}. The unit's classes are those the installed
 * modules declare ({@link ModulePersistenceUnit}).
 */
@ApplicationScoped
public class PortalPersistence {

    /** The connection pool Payara's post-boot commands create; the one pool of every schema. */
    static final String DATA_SOURCE = "jdbc/kykyverkko";

    private static final String PLATFORM_KEY = PortalPersistence.class.getName() + ".platform";
    private static final String TENANT_KEY_PREFIX = PortalPersistence.class.getName() + ".tenant.";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ModuleRegistry modules;

    private volatile EntityManagerFactory factory;

    public EntityManagerFactory factory() {
        EntityManagerFactory f = factory;
        if (f == null) {
            synchronized (this) {
                if (factory == null) {
                    List<Class<?>> classes = modules.all().stream().flatMap(m -> m.entities().stream()).toList();
                    factory = new PersistenceProvider().createContainerEntityManagerFactory(
                            new ModulePersistenceUnit(classes, dataSource(), PortalPersistence.class.getClassLoader()), Map.of());
                }
                f = factory;
            }
        }
        return f;
    }

    private static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The connection pool " + DATA_SOURCE + " is missing (post-boot commands)", e);
        }
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

    /** See {@link #created}: held while a tenant EntityManager gets its EclipseLink client session. */
    private static final Object CLIENT_SESSIONS = new Object();

    /**
     * A new EntityManager joined to the transaction. A tenant's gets its EclipseLink client session here, one at a
     * time: building one re-initialises the table-per-tenant descriptors, and two built at once can corrupt a mapping's
     * shared field set (EclipseLink issue 2406), which showed here as a StackOverflowError in HashMap$TreeNode.find under
     * load in several regions. Taking the session now (unwrapping the unit of work) keeps that step inside the lock;
     * it costs a few milliseconds per transaction and region.
     * <p>Kept per transaction on purpose. Reusing a committed tenant EntityManager for its next transaction (tried for
     * the survey benchmark) wrote a Lapland group's members into another region's {@code group_person}: EclipseLink's
     * table-per-tenant client sessions share a many-to-many mapping's join table, and the newest session sets its
     * schema. See the kernel README, "Rules that keep tenants apart".
     */
    private EntityManager created(Map<String, Object> properties) {
        if (properties.isEmpty()) {
            EntityManager created = factory().createEntityManager(properties);
            created.joinTransaction();
            return created;
        }
        synchronized (CLIENT_SESSIONS) {
            EntityManager created = factory().createEntityManager(properties);
            created.joinTransaction();
            created.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class);
            return created;
        }
    }

    private EntityManager boundToTransaction(String key, Map<String, Object> properties) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Data can only be read or written inside a transaction (@Transactional)");
        }
        EntityManager em = (EntityManager) transactions.getResource(key);
        if (em == null) {
            EntityManager created = created(properties);
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
