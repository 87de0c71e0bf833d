package fi.kykyverkko.clients.caseloads;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.PhaseEntry;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "My clients" for a professional and the caseload of every worker for a manager. Both list the region's open
 * episodes by responsible person; my clients is a read of each listed client's episode data and is audited per client.
 */
@ApplicationScoped
public class Caseloads {

    @Inject
    TenantData data;

    @Inject
    People people;

    @Inject
    ClientAudit audit;

    /** The open episodes the reader is responsible for, overdue and most urgent first. Empty when they are no network person. */
    public List<CaseloadRow> mine(TenantId tenant, Access access) {
        if (!ClientRoles.isTeam(access.user(), tenant)) {
            throw new SecurityException("my clients is for the region's team");
        }
        Optional<Person> me = people.forUser(tenant, access.user().username());
        if (me.isEmpty()) {
            return List.of();
        }
        LocalDate today = PortalTime.today();
        List<CaseloadRow> rows = data.call(tenant, em -> rows(em, openEpisodesOf(em, me.get().getId()), today));
        rows.stream().map(CaseloadRow::clientId).distinct()
                .forEach(client -> audit.record(tenant, access, client, AuditAction.READ, DataCategory.EPISODES));
        return rows;
    }

    /** Every worker's open episodes per service, with the caps; counts only, so no client's data is read. */
    public List<WorkerCaseload> all(TenantId tenant, Access access) {
        if (!ClientRoles.isManager(access.user(), tenant)) {
            throw new SecurityException("caseloads are for managers");
        }
        LocalDate today = PortalTime.today();
        return data.call(tenant, em -> {
            Map<Long, ClientService> services = em.createQuery("SELECT s FROM ClientService s", ClientService.class).getResultList()
                    .stream().collect(Collectors.toMap(ClientService::getId, Function.identity()));
            List<Object[]> counts = em.createQuery("SELECT e.responsiblePersonId, e.serviceId, COUNT(e),"
                    + " SUM(CASE WHEN e.nextStepOn IS NULL OR e.nextStepOn < :today THEN 1 ELSE 0 END)"
                    + " FROM Episode e WHERE e.endedOn IS NULL AND e.responsiblePersonId IS NOT NULL"
                    + " GROUP BY e.responsiblePersonId, e.serviceId", Object[].class).setParameter("today", today).getResultList();
            Map<Long, String> names = new HashMap<>();
            List<WorkerCaseload> loads = new ArrayList<>();
            for (Object[] row : counts) {
                long person = ((Number) row[0]).longValue();
                ClientService service = services.get(((Number) row[1]).longValue());
                String name = names.computeIfAbsent(person, id -> Optional.ofNullable(em.find(Person.class, id)).map(Person::getName).orElse("?"));
                loads.add(new WorkerCaseload(person, name, service.getCode(), ((Number) row[2]).longValue(),
                        row[3] == null ? 0 : ((Number) row[3]).longValue(), service.getCaseloadCap()));
            }
            loads.sort(Comparator.comparing(WorkerCaseload::personName).thenComparing(WorkerCaseload::serviceCode));
            return loads;
        });
    }

    private static List<Episode> openEpisodesOf(EntityManager em, long personId) {
        return em.createQuery("SELECT e FROM Episode e WHERE e.responsiblePersonId = :person AND e.endedOn IS NULL", Episode.class)
                .setParameter("person", personId).getResultList();
    }

    private static List<CaseloadRow> rows(EntityManager em, List<Episode> episodes, LocalDate today) {
        Map<Long, String> serviceCodes = em.createQuery("SELECT s FROM ClientService s", ClientService.class).getResultList().stream()
                .collect(Collectors.toMap(ClientService::getId, ClientService::getCode));
        List<CaseloadRow> rows = new ArrayList<>();
        for (Episode e : episodes) {
            Client client = em.find(Client.class, e.getClientId());
            PhaseEntry current = e.getPhases().get(e.getPhases().size() - 1);
            boolean overdue = e.getNextStepOn() == null || e.getNextStepOn().isBefore(today);
            rows.add(new CaseloadRow(e.getClientId(), client.displayName(), e.getId(), serviceCodes.get(e.getServiceId()),
                    e.getCurrentPhase(), e.getNextStep(), e.getNextStepOn(), overdue,
                    Math.max(0, ChronoUnit.DAYS.between(current.enteredOn(), today)), e.days(today)));
        }
        rows.sort(Comparator.comparing(CaseloadRow::overdue).reversed()
                .thenComparing(r -> r.nextStepOn() == null ? LocalDate.MIN : r.nextStepOn())
                .thenComparing(CaseloadRow::clientName));
        return rows;
    }
}
