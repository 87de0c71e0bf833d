package fi.kykyverkko.kernel.mail;

import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A region's outbox table, each step in a short transaction of its own: claim the next due message (row lock with
 * {@code SKIP LOCKED}, then a lease), and after the SMTP attempt, outside any transaction, record its outcome. No
 * database lock is held while a mail server is talked to, and two senders never take the same message.
 */
@ApplicationScoped
public class MailOutbox {

    /** How long a claimed message is left to its sender before another may try it (far longer than an attempt). */
    public static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    TenantData data;

    /** The next message of {@code tenant} due at {@code now}, claimed for one attempt; empty when none is due. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutgoingMail> claimNext(TenantId tenant, Instant now) {
        return data.call(tenant, em -> {
            // the schema name comes from a checked TenantId; the row lock skips what another sender holds
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("SELECT id FROM " + tenant.schema() + ".outgoing_mail"
                            + " WHERE status IN ('QUEUED', 'FAILED_RETRYING') AND next_attempt_at <= ?"
                            + " LIMIT 1 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).getResultList();
            if (ids.isEmpty()) {
                return Optional.empty();
            }
            OutgoingMail mail = current(em, ((Number) ids.get(0)).longValue());
            mail.claim(now.plus(LEASE));
            return Optional.of(mail);
        });
    }

    /** Records that the server took message {@code id}. */
    @Transactional(TxType.REQUIRES_NEW)
    public void sent(TenantId tenant, long id, Instant at) {
        data.run(tenant, em -> current(em, id).sent(at));
    }

    /** Records a failed attempt of message {@code id}: retried after the back-off or given up. */
    @Transactional(TxType.REQUIRES_NEW)
    public OutgoingMail failed(TenantId tenant, long id, String error, Instant now) {
        return data.call(tenant, em -> {
            OutgoingMail mail = current(em, id);
            mail.failed(error, now);
            return mail;
        });
    }

    /** Message {@code id} of {@code tenant} as stored now (another region's id finds nothing). */
    @Transactional
    public Optional<OutgoingMail> find(TenantId tenant, long id) {
        return data.call(tenant, em -> {
            OutgoingMail mail = em.find(OutgoingMail.class, id);
            if (mail != null) {
                em.refresh(mail);
            }
            return Optional.ofNullable(mail);
        });
    }

    /** How many messages of {@code tenant} wait to be sent (queued or retrying). */
    @Transactional
    public long waiting(TenantId tenant) {
        return data.call(tenant, em -> em.createQuery("select count(m) from OutgoingMail m where m.status in :waiting", Long.class)
                .setParameter("waiting", List.of(MailStatus.QUEUED, MailStatus.FAILED_RETRYING)).getSingleResult());
    }

    private static OutgoingMail current(jakarta.persistence.EntityManager em, long id) {
        OutgoingMail mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw new IllegalStateException("outbox message " + id + " is gone");
        }
        em.refresh(mail); // the row as committed, never a cached copy
        return mail;
    }

    /** The most messages {@link #list} answers at once. */
    public static final int LIST_LIMIT = 500;

    /**
     * The messages of {@code tenant}, newest first, at most {@code limit} (capped at {@link #LIST_LIMIT}); only those
     * in {@code status} when it is given. For the admins' outbox view; another region's messages are never in it.
     */
    @Transactional
    public List<OutgoingMail> list(TenantId tenant, MailStatus status, int limit) {
        return data.call(tenant, em -> {
            var query = em.createQuery(status == null ? "select m from OutgoingMail m order by m.queuedAt desc, m.id desc"
                    : "select m from OutgoingMail m where m.status = :status order by m.queuedAt desc, m.id desc", OutgoingMail.class);
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.setMaxResults(Math.max(1, Math.min(limit, LIST_LIMIT))).getResultList();
        });
    }

    /**
     * How many messages of {@code tenant} are in each status (every status present, zeros included), for the filter.
     */
    @Transactional
    public java.util.Map<MailStatus, Long> countByStatus(TenantId tenant) {
        return data.call(tenant, em -> {
            java.util.Map<MailStatus, Long> counts = new java.util.EnumMap<>(MailStatus.class);
            for (MailStatus s : MailStatus.values()) {
                counts.put(s, 0L);
            }
            for (Object[] row : em.createQuery("select m.status, count(m) from OutgoingMail m group by m.status", Object[].class)
                    .getResultList()) {
                counts.put((MailStatus) row[0], ((Number) row[1]).longValue());
            }
            return counts;
        });
    }

    /** Message {@code id} of {@code tenant} is tried again at {@code now} ({@link OutgoingMail#retryNow}); returns it. */
    @Transactional(TxType.REQUIRES_NEW)
    public OutgoingMail retryNow(TenantId tenant, long id, Instant now) {
        return data.call(tenant, em -> {
            OutgoingMail mail = current(em, id);
            mail.retryNow(now);
            return mail;
        });
    }
}
