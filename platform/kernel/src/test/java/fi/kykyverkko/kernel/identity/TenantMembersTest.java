package fi.kykyverkko.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The people list is read from Keycloak once per tenant while fresh, and again after a change made through it. */
class TenantMembersTest {

    private final List<String> groupReads = new ArrayList<>();
    private final Map<String, List<JsonObject>> groups = new LinkedHashMap<>();

    private final KeycloakAdmin keycloak = new KeycloakAdmin() {
        @Override
        public List<JsonObject> groupMembers(String groupId) {
            groupReads.add(groupId);
            return groups.getOrDefault(groupId, List.of());
        }

        @Override
        public void joinGroup(String userId, String groupId) {
            List<JsonObject> members = new ArrayList<>(groups.getOrDefault(groupId, List.of()));
            members.add(user(userId));
            groups.put(groupId, members);
        }

        @Override
        public void leaveGroup(String userId, String groupId) {
            groups.computeIfPresent(groupId, (g, members) -> members.stream().filter(m -> !m.getString("id").equals(userId)).toList());
        }
    };

    private final TenantIdentitySync identity = new TenantIdentitySync() {
        @Override
        public String memberGroup(TenantId tenant) {
            return tenant.value();
        }

        @Override
        public Map<String, String> roleGroups(TenantId tenant) {
            return Map.of("manager", tenant.value() + "/manager");
        }
    };

    private static JsonObject user(String id) {
        return Json.createObjectBuilder().add("id", id).add("username", id).add("firstName", id).add("lastName", "").add("email", "").build();
    }

    private TenantMembers members(Instant[] now) {
        TenantMembers members = new TenantMembers();
        members.keycloak = keycloak;
        members.identity = identity;
        members.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        return members;
    }

    @Test
    void keptWhileFreshPerTenantAndReadAgainAfterAChangeOrWhenOld() {
        Instant[] now = {Instant.parse("2026-12-04T10:00:00Z")};
        TenantMembers members = members(now);
        groups.put("lappi", List.of(user("aino")));
        groups.put("lappi/manager", List.of(user("aino")));
        assertEquals(Set.of("manager"), members.list(TenantId.of("lappi")).get(0).roles());
        int reads = groupReads.size();
        now[0] = now[0].plus(Duration.ofSeconds(29));
        members.list(TenantId.of("lappi"));
        assertEquals(reads, groupReads.size(), "kept: Keycloak not asked again within 30 s");
        members.list(TenantId.of("kymenlaakso"));
        assertEquals(2 * reads, groupReads.size(), "another tenant has its own copy");

        members.setRoles(TenantId.of("lappi"), "aino", Set.of());
        assertEquals(Set.of(), members.list(TenantId.of("lappi")).get(0).roles(), "a change made here shows at once");

        groups.put("lappi", List.of(user("aino"), user("eero"))); // as in Keycloak's own console
        assertEquals(1, members.list(TenantId.of("lappi")).size(), "the console's change waits for the copy to age");
        now[0] = now[0].plus(TenantMembers.FRESH_FOR);
        assertEquals(2, members.list(TenantId.of("lappi")).size(), "and shows once it has");
    }
}
