package fi.kykyverkko.networks.people;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The people of a region's network, with or without a portal account. */
@ApplicationScoped
public class People {

    @Inject
    TenantData data;

    private TenantStore<Person> store;

    @PostConstruct
    void init() {
        store = new TenantStore<>(data, Person.class);
    }

    public List<Person> list(TenantId tenant) {
        return fi.kykyverkko.kernel.domain.FinnishCollation.sort(store.all(tenant), Person::getName);
    }

    public Optional<Person> find(TenantId tenant, long id) {
        return store.find(tenant, id);
    }

    public Optional<Person> byCode(TenantId tenant, String code) {
        return store.byCode(tenant, code);
    }

    /** The network's record of a portal user, linked by their Keycloak username. */
    public Optional<Person> forUser(TenantId tenant, String username) {
        return data.call(tenant, em -> em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
                .setParameter("u", username).getResultStream().findFirst());
    }

    public Optional<Organisation> organisationOf(TenantId tenant, String username) {
        return forUser(tenant, username).map(Person::getOrganisation);
    }

    /**
     * The code of the organisation {@code username} works for in the region, if they are in its network: what every
     * audit entry names, so one narrow query rather than the person and their organisation.
     */
    public Optional<String> organisationCodeOf(TenantId tenant, String username) {
        return data.call(tenant, em -> em.createQuery("SELECT o.code FROM Person p JOIN p.organisation o WHERE p.username = :u",
                String.class).setParameter("u", username).setMaxResults(1).getResultStream().findFirst());
    }

    /** Staff edit everyone; a network member edits their own record (as stored: the form cannot claim one). */
    public boolean canEdit(PortalUser user, TenantId tenant, Person person) {
        if (NetworkAccess.canEditAll(user, tenant)) {
            return true;
        }
        return person.getId() != null && find(tenant, person.getId())
                .map(stored -> user.username().equals(stored.getUsername())).orElse(false);
    }

    public Person save(TenantId tenant, PortalUser actor, Person person) {
        NetworkAccess.require(canEdit(actor, tenant, person));
        if (!NetworkAccess.canEditAll(actor, tenant)) {
            // a member keeps their account link and organisation; staff change those
            Person stored = find(tenant, person.getId()).orElseThrow();
            person.setUsername(stored.getUsername());
            person.setOrganisation(stored.getOrganisation());
        }
        return store.save(tenant, actor.username(), person);
    }
}
