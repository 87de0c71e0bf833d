package fi.kykyverkko.consultations.pairs;

import fi.kykyverkko.consultations.ConsultationRoles;
import fi.kykyverkko.consultations.booking.Bookings;
import fi.kykyverkko.consultations.booking.CaseTextCheck;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.catalogue.CatalogueService;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Pair consultations: a booker requests one from a consultant (a network person), with a topic checked like a case's
 * text (the same {@link CaseTextCheck}s; none wired: refused); the consultant (their network person's username) or an
 * organiser accepts or declines, and logs it once held with its outcome.
 */
@ApplicationScoped
public class PairConsultations {

    @Inject
    TenantData data;

    @Inject
    People people;

    /** The same checks as a booking's (the identity guard). */
    @Inject
    Instance<CaseTextCheck> textChecks;

    Clock clock = Clock.systemUTC();

    public PairConsultation request(TenantId tenant, PortalUser user, long consultantPersonId, String topic, LocalDate wantedOn) {
        ConsultationRoles.requireBooker(user, tenant);
        Problems problems = new Problems().required("topic", topic == null || topic.isBlank() ? null : topic)
                .maxLength("topic", topic, PairConsultation.TOPIC_MAX);
        if (textChecks.isUnsatisfied()) {
            problems.add("topic", "consultations.case.guard-missing");
        } else if (topic != null) {
            for (CaseTextCheck check : textChecks) {
                check.check(tenant, "topic", topic).forEach(f -> problems.add(f.field(), f.key(), f.start(), f.end()));
            }
        }
        problems.throwIfAny();
        Person requester = people.forUser(tenant, user.username())
                .orElseThrow(() -> new InvalidInputException(new Problems().add("asker", "consultations.booking.no-person")));
        return data.call(tenant, em -> {
            if (em.find(Person.class, consultantPersonId) == null) {
                throw new InvalidInputException(new Problems().add("consultant", "consultations.panel.unknown-person"));
            }
            return TenantStore.write(em, user.username(),
                    new PairConsultation(topic, wantedOn, consultantPersonId, Bookings.asker(user, requester), clock.instant()));
        });
    }

    public PairConsultation accept(TenantId tenant, PortalUser user, long id) {
        return act(tenant, user, id, p -> p.accept(clock.instant()));
    }

    public PairConsultation decline(TenantId tenant, PortalUser user, long id) {
        return act(tenant, user, id, p -> p.decline(clock.instant()));
    }

    public PairConsultation log(TenantId tenant, PortalUser user, long id, LocalDate heldOn, Outcome outcome, Long serviceId,
                                String followUp, Integer minutes) {
        return act(tenant, user, id, p -> p.log(heldOn, outcome, serviceId, followUp, minutes));
    }

    private PairConsultation act(TenantId tenant, PortalUser user, long id, java.util.function.Consumer<PairConsultation> change) {
        return data.call(tenant, em -> {
            PairConsultation pair = em.find(PairConsultation.class, id);
            if (pair == null) {
                throw new IllegalArgumentException("no pair consultation " + id);
            }
            Person consultant = em.find(Person.class, pair.getConsultantPersonId());
            boolean isConsultant = consultant != null && user.username().equals(consultant.getUsername()) && user.canUse(tenant);
            if (!isConsultant && !ConsultationRoles.canOrganise(user, tenant)) {
                throw new SecurityException(user.username() + " may not act on pair consultation " + id + " in " + tenant);
            }
            change.accept(pair);
            if (pair.getOutcomeServiceId().isPresent() && em.find(CatalogueService.class, pair.getOutcomeServiceId().get()) == null) {
                throw new InvalidInputException(new Problems().add("outcomeService", "consultations.case.unknown-service"));
            }
            return TenantStore.write(em, user.username(), pair);
        });
    }

    /** The pair consultations {@code user} requested or is the consultant of (organisers: all), the newest first. */
    public List<PairConsultation> list(TenantId tenant, PortalUser user) {
        ConsultationRoles.requireReader(user, tenant);
        if (ConsultationRoles.canOrganise(user, tenant)) {
            return data.call(tenant, em -> em.createQuery("SELECT p FROM PairConsultation p ORDER BY p.requestedAt DESC", PairConsultation.class)
                    .getResultList());
        }
        Long me = people.forUser(tenant, user.username()).map(Person::getId).orElse(-1L);
        return data.call(tenant, em -> em.createQuery("SELECT p FROM PairConsultation p WHERE p.requesterUsername = :u OR p.consultantPersonId = :me"
                        + " ORDER BY p.requestedAt DESC", PairConsultation.class)
                .setParameter("u", user.username()).setParameter("me", me).getResultList());
    }
}
