package fi.kykyverkko.kernel.links;

import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Personal links for everyone without an account (platform/kernel/README.md, "Personal links"). Every call names
 * the region and goes through {@link TenantData}. A token or code that is unknown, expired, revoked or spent gets
 * one and the same answer, an empty Optional, so a guesser learns nothing; the overloads with an address key count
 * failures in the {@link GuessLimiter} and refuse a caller who failed too often before looking anything up.
 * Secrets are never stored (only their SHA-256) and never logged.
 */
@ApplicationScoped
public class PersonalLinks {

    /** How often a new short code is drawn when it happens to equal a live one of the region. */
    private static final int SHORT_CODE_DRAWS = 5;

    @Inject
    TenantData data;

    @Inject
    GuessLimiter limiter;

    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();

    /** Issues a link; the returned token (and short code) are the only copies: hand them out, do not keep them. */
    public IssuedLink issue(TenantId tenant, String purpose, String subject, Duration lifetime, UseMode useMode,
                            boolean withShortCode, String issuedBy) {
        String token = LinkTokens.newToken(random);
        return data.call(requireTenant(tenant), em -> {
            String shortCode = withShortCode ? freeShortCode(em) : null;
            PersonalLink link = new PersonalLink(LinkTokens.hash(token), shortCode == null ? null : LinkTokens.hash(shortCode),
                    purpose, subject, useMode, clock.instant(), lifetime, issuedBy);
            TenantStore.write(em, issuedBy, link);
            em.flush(); // the generated id
            return new IssuedLink(link.getId(), token, Optional.ofNullable(shortCode), link.expiresAt());
        });
    }

    /** A short code no live link of the region has (31^8 codes: a clash is rare, five in a row never happens). */
    private String freeShortCode(EntityManager em) {
        for (int draw = 0; draw < SHORT_CODE_DRAWS; draw++) {
            String code = LinkTokens.newShortCode(random);
            if (liveByHash(em, "shortCodeHash", LinkTokens.hash(code), clock.instant()).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("no free short code in " + SHORT_CODE_DRAWS + " draws");
    }

    /** The live link of this token, or empty (unknown, expired, revoked, spent: all alike). */
    public Optional<LiveLink> resolve(TenantId tenant, String token) {
        if (!LinkTokens.isTokenShaped(token)) {
            requireTenant(tenant);
            return Optional.empty();
        }
        return live(tenant, "tokenHash", LinkTokens.hash(token));
    }

    /** As {@link #resolve(TenantId, String)} for a caller at {@code addressKey}: a failure counts, too many are refused. */
    public Optional<LiveLink> resolve(TenantId tenant, String token, String addressKey) {
        return resolve(tenant, token, addressKey, () -> false);
    }

    /**
     * As {@link #resolve(TenantId, String, String)}, but a miss that {@code excused} explains is not counted as a
     * guess: a caller's retry of what its first try already did (and so spent the link) is no guessing.
     */
    public Optional<LiveLink> resolve(TenantId tenant, String token, String addressKey, java.util.function.BooleanSupplier excused) {
        limiter.admit(requireTenant(tenant), addressKey);
        Optional<LiveLink> found = resolve(tenant, token);
        if (found.isEmpty() && !excused.getAsBoolean()) {
            limiter.failed(tenant, addressKey);
        }
        return found;
    }

    /** The live link of a typed short code ({@code K7QX-9MPA}, any case, with or without the hyphen), or empty. */
    public Optional<LiveLink> resolveShortCode(TenantId tenant, String typed) {
        String code = LinkTokens.normalShortCode(typed);
        if (code == null) {
            requireTenant(tenant);
            return Optional.empty();
        }
        return live(tenant, "shortCodeHash", LinkTokens.hash(code));
    }

    public Optional<LiveLink> resolveShortCode(TenantId tenant, String typed, String addressKey) {
        limiter.admit(requireTenant(tenant), addressKey);
        return counted(tenant, addressKey, resolveShortCode(tenant, typed));
    }

    private Optional<LiveLink> counted(TenantId tenant, String addressKey, Optional<LiveLink> found) {
        if (found.isEmpty()) {
            limiter.failed(tenant, addressKey);
        }
        return found;
    }

    private Optional<LiveLink> live(TenantId tenant, String field, String hash) {
        Instant now = clock.instant();
        return data.call(tenant, em -> liveByHash(em, field, hash, now).map(LiveLink::of));
    }

    /** The live link with this hash (a spent link's short code may be drawn again, so several rows may share one). */
    private static Optional<PersonalLink> liveByHash(EntityManager em, String field, String hash, Instant now) {
        return em.createQuery("SELECT l FROM PersonalLink l WHERE l." + field + " = :hash", PersonalLink.class)
                .setParameter("hash", hash).getResultStream().filter(l -> l.isLiveAt(now)).findFirst();
    }

    /** Something was done through the link (a draft saved): a single-use link is spent by it. */
    public void markUsed(TenantId tenant, long linkId) {
        act(tenant, linkId, "personal-link", link -> link.markUsed(clock.instant()));
    }

    /** The respondent submitted; calling it again changes nothing. */
    public void markSubmitted(TenantId tenant, long linkId) {
        act(tenant, linkId, "personal-link", link -> link.markSubmitted(clock.instant()));
    }

    /** Closes the link for good; calling it again changes nothing (the first revoke is kept). */
    public void revoke(TenantId tenant, long linkId, String by) {
        act(tenant, linkId, by, link -> link.revoke(by, clock.instant()));
    }

    private void act(TenantId tenant, long linkId, String actor, java.util.function.Consumer<PersonalLink> act) {
        data.run(requireTenant(tenant), em -> {
            PersonalLink link = em.find(PersonalLink.class, linkId);
            if (link == null) {
                throw new IllegalArgumentException("no personal link " + linkId + " in " + tenant);
            }
            act.accept(link);
            TenantStore.write(em, actor, link);
        });
    }

    /**
     * The link's path, {@code /l/<region>/<token>}: the region is named so the link opens the same record for
     * everyone, and nothing in it is personal.
     */
    public String path(TenantId tenant, String token) {
        if (!LinkTokens.isTokenShaped(token)) {
            throw new IllegalArgumentException("not a link token");
        }
        return "/l/" + requireTenant(tenant).value() + "/" + token;
    }

    private static TenantId requireTenant(TenantId tenant) {
        if (tenant == null) {
            throw new IllegalArgumentException("personal links are always of one region");
        }
        return tenant;
    }
}
