package fi.kykyverkko.networks.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A group's members and organisations live in join tables of its own region. EclipseLink's table-per-tenant sessions
 * share a many-to-many mapping's join table (kernel README, "Rules that keep tenants apart"): this checks that the
 * join rows a Lapland transaction writes land in Lapland even when another region's session is made while that
 * transaction runs, and that a read of the group's members comes from Lapland too.
 */
class GroupJoinTablesIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId ETELA_SAVO = TenantId.of("etela-savo");

    @Inject
    TenantData data;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    @Test
    void joinRowsStayInTheirRegionWhileAnotherRegionsSessionIsMade() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        long groupId = data.call(LAPPI, em -> {
            Organisation org = new Organisation();
            org.setCode("jt-o-" + suffix);
            org.setNameFi("Liitostaulutesti " + suffix);
            org.touch("it", java.time.Instant.now());
            em.persist(org);
            Person person = new Person();
            person.setCode("jt-p-" + suffix);
            person.setName("Liitos Henkilö");
            person.setOrganisation(org);
            person.touch("it", java.time.Instant.now());
            em.persist(person);
            em.flush();
            NetworkGroup group = new NetworkGroup();
            group.setCode("jt-g-" + suffix);
            group.setName("Liitosryhmä");
            group.setStartedOn(java.time.LocalDate.now());
            group.setMembers(Set.of(person));
            group.setOrganisations(Set.of(org));
            group.touch("it", java.time.Instant.now());
            // another region's session is made (in its own transaction) before this one writes the join rows
            try {
                executor.submit(() -> data.call(ETELA_SAVO, other -> other.createQuery("SELECT COUNT(g) FROM NetworkGroup g", Long.class)
                        .getSingleResult())).get(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            em.persist(group);
            em.flush();
            return group.getId();
        });
        assertEquals(1, count("tenant_lappi", "group_person", groupId), "the member row is in Lapland");
        assertEquals(1, count("tenant_lappi", "group_organisation", groupId), "the organisation row is in Lapland");
        assertEquals(0, count("tenant_etela_savo", "group_person", groupId), "and not in Etelä-Savo");

        // reading: the members come from Lapland's join table while Etelä-Savo's session is made in between
        List<String> members = data.call(LAPPI, em -> {
            try {
                executor.submit(() -> data.call(ETELA_SAVO, other -> other.createQuery("SELECT COUNT(g) FROM NetworkGroup g", Long.class)
                        .getSingleResult())).get(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return em.find(NetworkGroup.class, groupId).getMembers().stream().map(Person::getCode).toList();
        });
        assertEquals(List.of("jt-p-" + suffix), members);
    }

    private long count(String schema, String table, long groupId) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + schema + "." + table + " WHERE group_id = ?")) {
            s.setLong(1, groupId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
