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
 * <p>EntityManagers are bound to the JTA transaction: one per schema per transaction, closed when it ends (a
 * tenant's kept by its thread for the next transaction of the same schema, {@link #kept}).
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

    /** How many finished tenant EntityManagers a thread keeps, one per schema, the least recently used closed first. */
    static final int KEPT_PER_THREAD = 4;

    /**
     * Tenant EntityManagers whose transaction committed, per thread and schema, for that thread's next transaction of
     * the same schema. A tenant's EntityManager is costly to make: its EclipseLink client session copies and
     * initialises every table-per-tenant descriptor of the unit (several milliseconds, and one at a time, below). An
     * application-managed EntityManager keeps its client session across the transactions it joins, so one made for a
     * schema is reused for that schema only (a region's EntityManager never serves another). It stays with the thread
     * that used it: EclipseLink finishes a transaction in its own completion callback, which may run after ours, so
     * handing the EntityManager to another thread from our callback could let two threads use it at once; on the
     * same thread the next transaction can only begin after both callbacks.
     */
    private final Map<Thread, Map<String, EntityManager>> kept = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * A new EntityManager joined to the transaction. A tenant's gets its EclipseLink client session here, one at a
     * time: building one re-initialises the table-per-tenant descriptors, and two built at once can corrupt a mapping's
     * shared field set (EclipseLink issue 2406), which showed here as a StackOverflowError in HashMap$TreeNode.find under
     * load in several regions. Taking the session now (unwrapping the unit of work) keeps that step inside the lock.
     * A reused one ({@link #kept}) is cleared inside the new transaction, which empties its persistence context but
     * keeps the client session (cleared outside a transaction, EclipseLink would drop the session too).
     */
    private EntityManager created(String key, Map<String, Object> properties) {
        if (properties.isEmpty()) {
            EntityManager created = factory().createEntityManager(properties);
            created.joinTransaction();
            return created;
        }
        Map<String, EntityManager> mine = kept.get(Thread.currentThread());
        EntityManager reused = mine == null ? null : mine.remove(key);
        if (reused != null && reused.isOpen()) {
            reused.joinTransaction();
            reused.clear();
            forgetIsolatedCache(reused);
            return reused;
        }
        synchronized (CLIENT_SESSIONS) {
            EntityManager created = factory().createEntityManager(properties);
            created.joinTransaction();
            created.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class);
            return created;
        }
    }

    /**
     * Tenant entities are cached per client session, not shared ({@code tenants-share-cache=false} makes them
     * isolated): what a reused EntityManager read in an earlier transaction would be served again, stale when
     * another transaction changed it since. Emptying that local cache (never the server's) makes it read anew.
     */
    private static void forgetIsolatedCache(EntityManager em) {
        org.eclipse.persistence.internal.sessions.AbstractSession client =
                ((org.eclipse.persistence.internal.sessions.AbstractSession) em.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class)).getParent();
        if (client.isIsolatedClientSession()) {
            client.getIdentityMapAccessorInstance().initializeIdentityMaps();
        }
    }

    /**
     * After its transaction: a tenant EntityManager of a committed one is kept by the thread that used it (when this
     * callback runs on that thread), every other is closed.
     */
    private void finished(String key, EntityManager em, boolean tenant, Thread user, int status) {
        if (tenant && status == jakarta.transaction.Status.STATUS_COMMITTED && em.isOpen() && Thread.currentThread() == user) {
            Map<String, EntityManager> mine = kept.computeIfAbsent(user, t -> new java.util.LinkedHashMap<>(8, 0.75f, true));
            EntityManager before = mine.put(key, em);
            if (before != null && before != em && before.isOpen()) {
                before.close();
            }
            if (mine.size() > KEPT_PER_THREAD) {
                java.util.Iterator<EntityManager> eldest = mine.values().iterator();
                EntityManager dropped = eldest.next();
                eldest.remove();
                dropped.close();
            }
            return;
        }
        if (em.isOpen()) {
            em.close();
        }
    }

    private EntityManager boundToTransaction(String key, Map<String, Object> properties) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Data can only be read or written inside a transaction (@Transactional)");
        }
        EntityManager em = (EntityManager) transactions.getResource(key);
        if (em == null) {
            EntityManager created = created(key, properties);
            boolean tenant = !properties.isEmpty();
            Thread user = Thread.currentThread();
            transactions.putResource(key, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // EclipseLink flushes through its own JTA synchronization
                }

                @Override
                public void afterCompletion(int status) {
                    finished(key, created, tenant, user, status);
                }
            });
            em = created;
        }
        return em;
    }

    @PreDestroy
    void shutdown() {
        synchronized (kept) {
            kept.values().forEach(mine -> mine.values().forEach(EntityManager::close));
            kept.clear();
        }
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
    }
}
