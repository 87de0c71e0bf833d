package fi.kykyverkko.clients.settings;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.episodes.PhaseOrder;
import fi.kykyverkko.clients.retention.Retention;
import fi.kykyverkko.clients.retention.RetentionRun;
import fi.kykyverkko.clients.retention.RetentionSchedule;
import fi.kykyverkko.clients.retention.RetentionSetting;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The region's own settings of the clients module: its services (names, caseload caps, retired or in use), its
 * clienthood phases (names and order, "ended" always last) and its retention period with the retention job's runs.
 * The region's manager keeps services and phases; the data protection officer keeps the retention period and may run
 * the job for the region. Nothing is ever deleted: episodes name their services and phases. These are the region's
 * settings, not client data, so nothing here is audited.
 */
@ApplicationScoped
@Transactional
public class ClientsSettings {

    /** How many of the region's latest retention runs the settings show. */
    public static final int RUNS_SHOWN = 10;

    @Inject
    TenantData data;

    @Inject
    Retention retention;

    /** Every service of the region, in use and retired, by code. */
    public List<ClientService> services(TenantId tenant) {
        return data.call(tenant, em -> em.createQuery("SELECT s FROM ClientService s ORDER BY s.code", ClientService.class)
                .getResultList());
    }

    /**
     * Saves a new service or a changed one (names, cap): its rules and a code unique in the region are checked first,
     * every problem at once; a change someone else saved in between is refused (optimistic lock), not overwritten.
     */
    public ClientService saveService(TenantId tenant, PortalUser user, ClientService service) {
        requireManager(tenant, user);
        return data.call(tenant, em -> TenantStore.save(em, ClientService.class, user.username(), service));
    }

    /** No new episodes in the service from now on; its episodes keep naming it. */
    public ClientService retireService(TenantId tenant, PortalUser user, long serviceId) {
        return changeService(tenant, user, serviceId, ClientService::retire);
    }

    /** The retired service is in use again. */
    public ClientService bringBackService(TenantId tenant, PortalUser user, long serviceId) {
        return changeService(tenant, user, serviceId, ClientService::bringBack);
    }

    private ClientService changeService(TenantId tenant, PortalUser user, long serviceId, Consumer<ClientService> act) {
        requireManager(tenant, user);
        return data.call(tenant, em -> {
            ClientService service = Optional.ofNullable(em.find(ClientService.class, serviceId))
                    .orElseThrow(() -> new IllegalArgumentException("no such service in the region"));
            act.accept(service);
            return TenantStore.save(em, ClientService.class, user.username(), service);
        });
    }

    /** The region's phases in their order, "ended" last. */
    public List<Phase> phases(TenantId tenant) {
        return data.call(tenant, em -> PhaseOrder.of(all(em)).inOrder());
    }

    /**
     * Saves a phase: a new one is placed just before "ended"; a stored one gets the names of {@code phase} and keeps
     * its code and place (moves go through {@link #movePhase}, so a form cannot place a phase after "ended").
     */
    public Phase savePhase(TenantId tenant, PortalUser user, Phase phase) {
        requireManager(tenant, user);
        return data.call(tenant, em -> {
            if (phase.getId() == null) {
                phase.check().throwIfAny(); // the phase's own problems first, before the list is renumbered
                List<Phase> stored = all(em);
                Map<Long, Integer> before = positions(stored);
                PhaseOrder order = PhaseOrder.of(stored);
                order.add(phase);
                return saveAll(em, user, order, before, phase);
            }
            Phase stored = Optional.ofNullable(em.find(Phase.class, phase.getId()))
                    .orElseThrow(() -> new IllegalArgumentException("no such phase in the region"));
            if (stored.getVersion() != phase.getVersion()) {
                throw new OptimisticLockException("the phase was changed by someone else", null, stored);
            }
            stored.rename(phase.getName());
            return TenantStore.save(em, Phase.class, user.username(), stored);
        });
    }

    /** Moves a phase one place up ({@code by} = -1) or down (+1); "ended" stays last. Returns the new order. */
    public List<Phase> movePhase(TenantId tenant, PortalUser user, long phaseId, int by) {
        requireManager(tenant, user);
        return data.call(tenant, em -> {
            Phase phase = Optional.ofNullable(em.find(Phase.class, phaseId))
                    .orElseThrow(() -> new IllegalArgumentException("no such phase in the region"));
            List<Phase> stored = all(em);
            Map<Long, Integer> before = positions(stored);
            PhaseOrder order = PhaseOrder.of(stored);
            order.move(phase.getCode(), by);
            saveAll(em, user, order, before, phase);
            return order.inOrder();
        });
    }

    /** The region's retention period. */
    public RetentionSetting retentionSetting(TenantId tenant) {
        return retention.setting(tenant);
    }

    /** Sets the region's retention period; only the data protection officer ({@link Retention#keepFor}). */
    public RetentionSetting keepFor(TenantId tenant, PortalUser user, int years) {
        return retention.keepFor(tenant, user, years);
    }

    /** The region's latest retention runs, newest first. */
    public List<RetentionRun> retentionRuns(TenantId tenant) {
        return retention.runs(tenant, RUNS_SHOWN);
    }

    /**
     * Starts the retention job for this region only, at once rather than at night (the data protection officer, after
     * shortening the period); returns the job execution's id, whose status {@link #retentionStatus} tells.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED) // the batch runtime keeps its own transactions
    public long runRetentionNow(TenantId tenant, PortalUser user) {
        requireDataProtection(tenant, user);
        data.call(tenant, em -> em.find(RetentionSetting.class, 1)); // an unknown region fails here, not in the job
        Properties parameters = new Properties();
        parameters.setProperty("region", tenant.value());
        return RetentionSchedule.start(parameters);
    }

    /** Where a run started by {@link #runRetentionNow} is. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BatchStatus retentionStatus(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus();
    }

    private static List<Phase> all(EntityManager em) {
        return em.createQuery("SELECT p FROM Phase p", Phase.class).getResultList();
    }

    private static Map<Long, Integer> positions(List<Phase> phases) {
        return phases.stream().collect(Collectors.toMap(Phase::getId, Phase::getPosition));
    }

    /**
     * Stores {@code changed} through the kit's save (its rules, a unique code) and stamps every other phase whose
     * place the order changed; those are managed rows, flushed with the transaction.
     */
    private static Phase saveAll(EntityManager em, PortalUser user, PhaseOrder order, Map<Long, Integer> before, Phase changed) {
        Instant now = Instant.now();
        for (Phase phase : order.inOrder()) {
            if (phase != changed && before.get(phase.getId()) != phase.getPosition()) {
                phase.touch(user.username(), now);
            }
        }
        return TenantStore.save(em, Phase.class, user.username(), changed);
    }

    private static void requireManager(TenantId tenant, PortalUser user) {
        if (!ClientRoles.isManager(user, tenant)) {
            throw new SecurityException("only the region's manager changes its services and phases");
        }
    }

    private static void requireDataProtection(TenantId tenant, PortalUser user) {
        if (!ClientRoles.isDataProtection(user, tenant)) {
            throw new SecurityException("only the data protection officer runs the retention job");
        }
    }
}
