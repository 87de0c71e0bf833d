package fi.kykyverkko.kernel.guard;

import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.Set;

/**
 * The names of a region's people whom an anonymous text must not name: the clients module gives its register's
 * names. The kernel knows no module, so the guard finds every implementation as a CDI bean and asks each of them.
 *
 * <p>The guard runs on every check of a form, so an implementation answers from memory and refreshes now and then
 * (the clients module keeps a region's names for 60 s). Names are as stored (any case); the guard folds case itself.
 * Each answer is the region's alone: names of one region never reach another's check.
 */
public interface KnownNames {

    /** The surnames (family names) of {@code tenant}'s people. */
    Set<String> surnames(TenantId tenant);

    /** The given (first) names of {@code tenant}'s people. */
    Set<String> givenNames(TenantId tenant);
}
