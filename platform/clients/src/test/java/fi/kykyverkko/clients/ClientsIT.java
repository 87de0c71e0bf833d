package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.Clients;
import fi.kykyverkko.clients.clients.Registration;
import fi.kykyverkko.clients.episodes.EndReason;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEntry;
import fi.kykyverkko.kernel.audit.AuditFilter;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.testkit.PortalInsideTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The clients module inside Payara Micro on the real MariaDB: codes unreadable at rest, duplicates, regions apart, audit. */
class ClientsIT extends PortalInsideTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final TenantId KYMENLAAKSO = TenantId.of("kymenlaakso");
    private static final PortalUser WORKER = new PortalUser("it.clients", "IT Clients", false,
            Map.of(LAPPI, Set.of("professional"), KYMENLAAKSO, Set.of("professional")));
    private static final Access ACCESS = Access.view(WORKER, "it/clients");

    @Inject
    Clients clients;

    @Inject
    AuditLog audit;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    /** A code no earlier run made: a random birth day and a temporary number (900–999, never a real person's). */
    private static IdentityCode freshCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IdentityCode.of(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50)), 900 + random.nextInt(100));
    }

    @Test
    void theCodeIsNotReadableInTheDatabaseAndIsFoundByItsLookupKey() throws Exception {
        IdentityCode code = freshCode();
        String suffix = Long.toString(System.nanoTime(), 36);
        Registration registered = clients.register(LAPPI, ACCESS, Client.named("Aino", "Salakoodi" + suffix), code);
        assertFalse(registered.duplicate());
        long id = registered.client().getId();

        // every column of the row, straight from MariaDB: neither the code nor its nine digits in order
        String nineDigits = code.value().substring(0, 6) + code.value().substring(7, 10);
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM " + LAPPI.schema() + ".client WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertNotNull(row.getBytes("identity_sealed"));
                assertEquals(32, row.getBytes("identity_lookup").length);
                assertEquals(code.masked(), row.getString("identity_masked"));
                ResultSetMetaData columns = row.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = row.getObject(i);
                    String text = value instanceof byte[] raw ? new String(raw, StandardCharsets.ISO_8859_1) : String.valueOf(value);
                    assertFalse(text.contains(code.value()) || text.contains(nineDigits), columns.getColumnName(i) + " holds the code");
                }
            }
        }

        Client found = clients.findByCode(LAPPI, ACCESS, code).orElseThrow();
        assertEquals(id, found.getId());
        // a code typed into the name search is looked up as a code
        assertEquals(List.of(id), clients.search(LAPPI, ACCESS, code.value().toLowerCase()).stream().map(Client::getId).toList());

        // the reads were audited, naming the client by id and never by its code
        List<AuditEntry> entries = audit.search(LAPPI, AuditFilter.all().subject(id));
        assertTrue(entries.stream().anyMatch(e -> e.event().action() == AuditAction.CREATE), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.event().action() == AuditAction.READ
                && e.event().category() == DataCategory.IDENTITY_CONTACT && e.event().actor().equals("it.clients")), entries.toString());
        assertFalse(entries.toString().contains(code.value()));
    }

    @Test
    void aSecondRegistrationOfACodeReturnsTheClientAlreadyThere() throws Exception {
        IdentityCode code = freshCode();
        Registration first = clients.register(LAPPI, ACCESS, Client.named("Eero", "Kaksoinen"), code);
        Registration second = clients.register(LAPPI, ACCESS, Client.named("Eero", "Kaksoinen-Toinen"), code);
        assertTrue(second.duplicate());
        assertEquals(first.client().getId(), second.client().getId());
        assertEquals("Kaksoinen", second.client().getLastName(), "the client already there, unchanged");
        try (Connection c = dataSource.getConnection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + LAPPI.schema() + ".client WHERE last_name LIKE 'Kaksoinen-Toinen'")) {
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "no second client was made");
            }
        }
    }

    @Test
    void aClientOfOneRegionIsNeverFoundFromAnother() {
        IdentityCode code = freshCode();
        String name = "Rajattu" + Long.toString(System.nanoTime(), 36);
        long id = clients.register(LAPPI, ACCESS, Client.named("Liisa", name), code).client().getId();
        assertTrue(clients.findByCode(KYMENLAAKSO, ACCESS, code).isEmpty());
        assertTrue(clients.search(KYMENLAAKSO, ACCESS, name).isEmpty());
        assertTrue(clients.find(KYMENLAAKSO, ACCESS, id).filter(c -> c.getLastName().equals(name)).isEmpty());
        // the same code is a different client in the other region: its lookup key is the region's own
        Registration there = clients.register(KYMENLAAKSO, ACCESS, Client.named("Liisa", name), code);
        assertFalse(there.duplicate());
        assertEquals(List.of(id), clients.search(LAPPI, ACCESS, name).stream().map(Client::getId).toList());
        // and a person outside a region is refused there
        PortalUser outsider = new PortalUser("it.outsider", "Outsider", false, Map.of(KYMENLAAKSO, Set.of("professional")));
        assertThrows(SecurityException.class, () -> clients.search(LAPPI, Access.view(outsider, "it/clients"), name));
    }

    @Test
    void nameSearchIsACaseInsensitivePrefixSearchAndClientsWithoutACodeAreAllowed() {
        String name = "Etsittävä" + Long.toString(System.nanoTime(), 36);
        long id = clients.register(LAPPI, ACCESS, Client.named("Ville", name), null).client().getId();
        Client anonymous = clients.register(LAPPI, ACCESS, Client.anonymous(name + " nuori"), null).client();
        assertFalse(anonymous.isIdentified());
        List<Long> byPrefix = clients.search(LAPPI, ACCESS, name.substring(0, name.length() - 2).toUpperCase()).stream().map(Client::getId).toList();
        assertTrue(byPrefix.containsAll(List.of(id, anonymous.getId())), byPrefix.toString());
        assertEquals(List.of(id), clients.search(LAPPI, ACCESS, "vil " + name.toLowerCase()).stream().map(Client::getId).toList());
        assertTrue(clients.search(LAPPI, ACCESS, "tävä" + name).isEmpty(), "a prefix, not a substring");
        assertTrue(clients.search(LAPPI, ACCESS, "%").size() <= Clients.SEARCH_LIMIT);
    }

    @Test
    void anEpisodeKeepsItsHistoryThroughTheDatabase() {
        assertEquals(Set.of("tyokykytiimi", "tyohonvalmennus", "elintapaohjaus", "tyokykykoordinaatio"),
                Set.copyOf(clients.services(LAPPI).stream().map(ClientService::getCode).toList()));
        assertEquals(List.of("initial-screening", "investigation", "assessment", "team", "follow-up", "ended"),
                clients.phases(KYMENLAAKSO).stream().map(Phase::getCode).toList());
        long clientId = clients.register(LAPPI, ACCESS, Client.named("Jaana", "Jaksollinen"), null).client().getId();
        LocalDate start = LocalDate.of(2026, 1, 5);
        Episode team = clients.openEpisode(LAPPI, ACCESS, clientId, "tyokykytiimi", start);
        Episode coaching = clients.openEpisode(LAPPI, ACCESS, clientId, "tyohonvalmennus", start.plusDays(3));
        clients.change(LAPPI, ACCESS, team.getId(), e -> e.moveTo("investigation", start.plusDays(10)));
        clients.change(LAPPI, ACCESS, team.getId(), e -> e.end(EndReason.EMPLOYED, start.plusDays(30)));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> clients.change(LAPPI, ACCESS, coaching.getId(), e -> e.moveTo("no-such-phase", start.plusDays(5))));
        assertEquals("phase: clients.episode.unknown-phase", unknown.getMessage());

        List<Episode> episodes = clients.episodesOf(LAPPI, ACCESS, clientId);
        assertEquals(2, episodes.size());
        Episode ended = episodes.get(0);
        assertEquals(List.of("initial-screening", "investigation", "ended"), ended.getPhases().stream().map(p -> p.phase()).toList());
        assertEquals(Map.of("initial-screening", 10L, "investigation", 20L), ended.daysPerPhase(start.plusYears(1)));
        assertEquals(30, ended.days(start.plusYears(1)));
        assertEquals("initial-screening", episodes.get(1).getCurrentPhase(), "the refused phase was not stored");
        assertFalse(episodes.get(1).isEnded(), "two episodes, one still open");
        assertThrows(InvalidInputException.class, () -> clients.change(LAPPI, ACCESS, ended.getId(), e -> e.planNextStep("Soitto", start.plusDays(40))));
        assertTrue(audit.search(LAPPI, AuditFilter.all().subject(clientId).category(DataCategory.EPISODES)).size() >= 5);
    }
}
