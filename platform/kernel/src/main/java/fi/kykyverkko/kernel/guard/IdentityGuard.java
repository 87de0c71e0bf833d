package fi.kykyverkko.kernel.guard;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity guard: what in a text that must stay anonymous tells who a person is — personal identity codes in
 * any form ({@link IdentityCodes}), phone numbers ({@link PhoneNumbers}), e-mail addresses ({@link EmailAddresses}),
 * street addresses ({@link StreetAddresses}) and names of the region's register ({@link RegisterNames}, from every
 * {@link KnownNames} bean).
 *
 * <pre>{@code
 * List<Finding> findings = guard.check(tenant, description);
 * if (!findings.isEmpty()) { ... mark them, say why (finding.key()), refuse the text ... }
 * }</pre>
 *
 * <p>The findings are in text order and never overlap (where two kinds cover the same characters, the one that starts
 * first, then the longer, is kept: an e-mail address made of a name is one e-mail finding). The guard keeps nothing
 * of the text and logs nothing: a refused text lives only in the asker's form.
 */
@ApplicationScoped
public class IdentityGuard {

    /**
     * The longest text the REST operation checks (characters). A case description is far shorter; the phone finder
     * takes about half a second per 50 000 characters of scattered digits, so a megabyte body would hold a thread.
     */
    public static final int MAX_TEXT = 20_000;

    private static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparing(Comparator.comparingInt(Finding::length).reversed());

    @Inject
    Instance<KnownNames> providers;

    /** The index built from each region's names, rebuilt when a provider hands out new sets. */
    private final Map<TenantId, Indexed> indexes = new ConcurrentHashMap<>();

    private List<KnownNames> fixed;

    public IdentityGuard() {
    }

    /** A guard with these name providers, outside CDI (tests, tools). */
    public IdentityGuard(List<KnownNames> providers) {
        this.fixed = List.copyOf(providers);
    }

    /** The findings in {@code text} for the region {@code tenant} (its id, as in a path); empty when there are none. */
    public List<Finding> check(String tenant, String text) {
        return check(TenantId.of(tenant), text);
    }

    /** The findings in {@code text} for {@code tenant}'s register; empty when there are none. */
    public List<Finding> check(TenantId tenant, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> all = new ArrayList<>();
        IdentityCodes.find(text, all::add);
        EmailAddresses.find(text, all::add);
        PhoneNumbers.find(text, all::add);
        StreetAddresses.find(text, all::add);
        names(tenant).find(text, all::add);
        all.sort(TEXT_ORDER);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : all) {
            if (kept.isEmpty() || finding.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(finding);
            }
        }
        return List.copyOf(kept);
    }

    private RegisterNames names(TenantId tenant) {
        List<Set<String>> sources = new ArrayList<>();
        for (KnownNames provider : providers()) {
            sources.add(provider.surnames(tenant));
            sources.add(provider.givenNames(tenant));
        }
        Indexed known = indexes.get(tenant);
        if (known != null && known.sameSources(sources)) {
            return known.names();
        }
        Set<String> surnames = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        for (int i = 0; i < sources.size(); i += 2) {
            surnames.addAll(sources.get(i));
            givenNames.addAll(sources.get(i + 1));
        }
        RegisterNames names = surnames.isEmpty() ? RegisterNames.NONE : new RegisterNames(surnames, givenNames);
        indexes.put(tenant, new Indexed(sources, names));
        return names;
    }

    private Iterable<KnownNames> providers() {
        return fixed != null ? fixed : providers;
    }

    /** An index and the very sets it was built from (a provider's cache hands out the same sets until it refreshes). */
    private record Indexed(List<Set<String>> sources, RegisterNames names) {
        boolean sameSources(List<Set<String>> now) {
            if (now.size() != sources.size()) {
                return false;
            }
            for (int i = 0; i < now.size(); i++) {
                if (now.get(i) != sources.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
