package fi.kykyverkko.kernel.identity;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * A tenant's people as Keycloak knows them: members of the tenant's group and of its role groups. The list is kept
 * for {@link #FRESH_FOR} per tenant: reading it costs Keycloak a call per group (about 0.3 CPU-seconds of Keycloak per
 * opening of the people list, docs/performance.md), and it only labels people with their roles — what anyone may do
 * comes from their token, never from this list. A change made here (invite, roles) drops the tenant's copy at once; one
 * made in Keycloak's own console shows within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class TenantMembers {

    private static final Logger LOG = Logger.getLogger(TenantMembers.class.getName());

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Kept(List<Member> members, Instant readAt) {
    }

    private final Map<TenantId, Kept> kept = new ConcurrentHashMap<>();

    /** The clock the copies age by (tests move it). */
    Clock clock = Clock.systemUTC();

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    TenantIdentitySync identity;

    /** One member: Keycloak user id, username, name, e-mail and roles in the tenant. */
    public record Member(String userId, String username, String name, String email, Set<String> roles) {
    }

    /**
     * The direct members of {@code /tenants/<tenant>} and of its role groups (a person given roles before the member
     * group existed is in the role groups only), each with their roles in the tenant: one call per group, not per person.
     */
    public List<Member> list(TenantId tenant) {
        Instant now = clock.instant();
        Kept copy = kept.get(tenant);
        if (copy != null && copy.readAt().plus(FRESH_FOR).isAfter(now)) {
            return copy.members();
        }
        List<Member> members = read(tenant);
        kept.put(tenant, new Kept(members, now));
        return members;
    }

    /** Drops the tenant's copy: the next {@link #list} reads Keycloak again. */
    public void forget(TenantId tenant) {
        kept.remove(tenant);
    }

    private List<Member> read(TenantId tenant) {
        Map<String, JsonObject> people = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new HashMap<>();
        for (JsonObject user : keycloak.groupMembers(identity.memberGroup(tenant))) {
            people.putIfAbsent(user.getString("id"), user);
        }
        identity.roleGroups(tenant).forEach((role, group) -> {
            for (JsonObject user : keycloak.groupMembers(group)) {
                people.putIfAbsent(user.getString("id"), user);
                roles.computeIfAbsent(user.getString("id"), id -> new TreeSet<>()).add(role);
            }
        });
        List<Member> members = new ArrayList<>();
        for (JsonObject user : people.values()) {
            String id = user.getString("id");
            String name = (user.getString("firstName", "") + " " + user.getString("lastName", "")).trim();
            members.add(new Member(id, user.getString("username", ""), name, user.getString("email", ""),
                    roles.getOrDefault(id, new TreeSet<>())));
        }
        members.sort(java.util.Comparator.comparing(Member::name));
        return List.copyOf(members);
    }

    /**
     * Brings a person into the tenant: an existing Keycloak user (by e-mail) joins; otherwise a user is created
     * who sets a password on first login (Keycloak sends the e-mail when it has a mail server).
     *
     * @return true when a new user was created
     */
    public boolean invite(TenantId tenant, String email, String firstName, String lastName, Set<String> roles, String locale) {
        String username = email.trim().toLowerCase(java.util.Locale.ROOT);
        boolean isNew = keycloak.userIdByUsername(username).isEmpty();
        String userId = keycloak.ensureUser(username, username, firstName, lastName, null, locale);
        identity.grant(tenant, userId, roles);
        forget(tenant);
        LOG.info(() -> "User " + userId + " invited to " + tenant + " with roles " + roles);
        return isNew;
    }

    /** Sets exactly {@code roles} as the member's roles in the tenant. */
    public void setRoles(TenantId tenant, String userId, Set<String> roles) {
        identity.roleGroups(tenant).forEach((role, group) -> {
            if (roles.contains(role)) {
                keycloak.joinGroup(userId, group);
            } else {
                keycloak.leaveGroup(userId, group);
            }
        });
        forget(tenant);
    }
}
