package fi.kykyverkko.clients.retention;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region's retention period and the act of anonymising a client whose period is over. The nightly job
 * ({@code clients-retention}) walks the candidates and calls {@link #anonymiseIfDue}; each call checks the rule
 * again under a row lock, so a run restarted after a crash, or two runs at once, anonymise nobody twice.
 */
@ApplicationScoped
@Transactional
public class Retention {

    /** The job's own name in the audit log. */
    public static final String JOB = "clients-retention";
    static final Access JOB_ACCESS = Access.job(new PortalUser(JOB, "Retention job", false, Map.of()), JOB)
            .because("retention period ended");

    @Inject
    TenantData data;

    @Inject
    ClientAudit audit;

    public RetentionSetting setting(TenantId tenant) {
        return data.call(tenant, em -> em.find(RetentionSetting.class, 1));
    }

    /** The data protection officer sets the region's period (whole years). */
    public RetentionSetting keepFor(TenantId tenant, PortalUser user, int years) {
        if (!ClientRoles.isDataProtection(user, tenant)) {
            throw new SecurityException("only the data protection officer sets the retention period");
        }
        return data.call(tenant, em -> {
            RetentionSetting setting = em.find(RetentionSetting.class, 1);
            setting.keepFor(years, user.username(), Instant.now());
            return setting;
        });
    }

    /** The rule on {@code day}: the region's period counted back from it. */
    public RetentionRule ruleOn(TenantId tenant, LocalDate day) {
        return new RetentionRule(setting(tenant).keptIfEndedAfter(day));
    }

    /**
     * Ids of clients not yet anonymised after {@code afterId}, at most {@code limit}, in id order, whose episodes
     * have all ended by the cutoff (or who have none): a coarse filter; {@link #anonymiseIfDue} decides.
     */
    public List<Long> candidates(TenantId tenant, RetentionRule rule, long afterId, int limit) {
        return data.call(tenant, em -> em.createQuery("SELECT c.id FROM Client c WHERE c.anonymisedAt IS NULL AND c.id > :after"
                        + " AND NOT EXISTS (SELECT e.id FROM Episode e WHERE e.clientId = c.id"
                        + " AND (e.endedOn IS NULL OR e.endedOn > :cutoff)) ORDER BY c.id", Long.class)
                .setParameter("after", afterId).setParameter("cutoff", rule.cutoff()).setMaxResults(limit).getResultList());
    }

    /**
     * Anonymises the client when the rule says they are due and nobody has done it yet: name, code, contacts, close
     * person, planned steps, handover meeting participants and the client's documents go; the client row, its
     * municipality and language, episodes with phases and end reasons, referral sources and consents' dates stay
     * for the region's statistics. Records the act (once, keyed by the client) and audits it.
     *
     * @return whether this call anonymised the client
     */
    public boolean anonymiseIfDue(TenantId tenant, long clientId, RetentionRule rule, long jobInstance) {
        boolean done = data.call(tenant, em -> anonymise(em, clientId, rule, jobInstance));
        if (done) {
            audit.record(tenant, JOB_ACCESS, clientId, AuditAction.UPDATE, DataCategory.IDENTITY_CONTACT);
        }
        return done;
    }

    private static boolean anonymise(EntityManager em, long clientId, RetentionRule rule, long jobInstance) {
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null || client.getAnonymisedAt().isPresent() || em.find(ClientAnonymisation.class, clientId) != null) {
            return false;
        }
        List<Episode> episodes = em.createQuery("SELECT e FROM Episode e WHERE e.clientId = :client", Episode.class)
                .setParameter("client", clientId).getResultList();
        List<Optional<LocalDate>> ends = episodes.stream().map(e -> Optional.ofNullable(e.getEndedOn())).toList();
        if (!rule.due(ends, PortalTime.date(client.getUpdatedAt()))) {
            return false;
        }
        Instant now = Instant.now();
        client.anonymise(now);
        client.touch(JOB, now);
        episodes.forEach(Episode::forgetNextStep);
        List<Long> episodeIds = episodes.stream().map(Episode::getId).toList();
        if (!episodeIds.isEmpty()) {
            em.createQuery("SELECT w FROM WarmHandover w WHERE w.episodeId IN :episodes", WarmHandover.class)
                    .setParameter("episodes", episodeIds).getResultList().forEach(WarmHandover::forgetParticipants);
        }
        em.createQuery("SELECT c FROM Consent c WHERE c.clientId = :client", Consent.class)
                .setParameter("client", clientId).getResultList().forEach(Consent::forgetForm);
        em.flush();
        em.createQuery("DELETE FROM ClientDocument d WHERE d.clientId = :client").setParameter("client", clientId).executeUpdate();
        em.persist(new ClientAnonymisation(clientId, jobInstance, RetentionRule.lastEnded(ends).orElse(null), now));
        return true;
    }

    /**
     * Writes (or, for a restarted run, rewrites) the run's report for the region; it counts the anonymisations of the
     * runs it continues ({@code continued}, left unfinished by a server that was killed) with its own.
     */
    public RetentionRun report(TenantId tenant, long jobInstance, List<Long> continued, RetentionRule rule, Instant startedAt,
                               int executions) {
        List<Long> instances = java.util.stream.Stream.concat(continued.stream(), java.util.stream.Stream.of(jobInstance)).toList();
        return data.call(tenant, em -> {
            long anonymised = em.createQuery("SELECT COUNT(a) FROM ClientAnonymisation a WHERE a.jobInstance IN :jobs", Long.class)
                    .setParameter("jobs", instances).getSingleResult();
            long kept = em.createQuery("SELECT COUNT(c) FROM Client c WHERE c.anonymisedAt IS NULL", Long.class).getSingleResult();
            RetentionRun run = Optional.ofNullable(em.find(RetentionRun.class, jobInstance)).orElseGet(() -> {
                RetentionRun fresh = new RetentionRun(jobInstance, startedAt);
                em.persist(fresh);
                return fresh;
            });
            run.finish(rule.cutoff(), setting(em).getRetentionYears(), (int) anonymised, (int) kept, executions, Instant.now());
            return run;
        });
    }

    /** The region's latest runs, newest first. */
    public List<RetentionRun> runs(TenantId tenant, int limit) {
        return data.call(tenant, em -> em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.finishedAt DESC, r.jobInstance DESC",
                RetentionRun.class).setMaxResults(limit).getResultList());
    }

    /** That the client was anonymised, and by which run. */
    public Optional<ClientAnonymisation> anonymisationOf(TenantId tenant, long clientId) {
        return data.call(tenant, em -> Optional.ofNullable(em.find(ClientAnonymisation.class, clientId)));
    }

    private static RetentionSetting setting(EntityManager em) {
        return em.find(RetentionSetting.class, 1);
    }
}
