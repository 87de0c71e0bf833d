package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.CascadeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A development group, steering group, working group, network or forum, with its convener and cadence. */
@Entity
@Table(name = "network_group")
public class NetworkGroup extends Coded {



    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupKind kind = GroupKind.WORKING_GROUP;

    private String purpose;

    /** The one person responsible for convening: groups without one faded in every region. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "convener_id")
    private Person convener;

    @Convert(converter = CadenceConverter.class)
    private Cadence cadence;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(nullable = false)
    private boolean active = true;

    // small sets (tens of people), always shown with the group: loaded with it. Rows of their own, not many-to-many
    // join tables: those are shared between the regions' EclipseLink sessions (GroupMember says why)
    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<GroupMember> memberships = new ArrayList<>();

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<GroupOrganisation> organisationRows = new ArrayList<>();




    public NetworkGroup() {
        // for JPA and forms
    }

    @Override
    public Problems check() {
        Problems problems = new Problems()
                .code("code", getCode())
                .required("name", name).maxLength("name", name, 200)
                .required("kind", kind)
                .required("startedOn", startedOn);
        if (active && cadence != null && convener == null) {
            problems.add("convener", "networks.validation.convener-needed");
        }
        return problems;
    }


    public boolean isConvenedBy(String username) {
        return username != null && convener != null && username.equals(convener.getUsername());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = Problems.clean(name); }
    public GroupKind getKind() { return kind; }
    public void setKind(GroupKind kind) { this.kind = kind; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = Problems.clean(purpose); }
    public Person getConvener() { return convener; }
    public void setConvener(Person convener) { this.convener = convener; }
    public Cadence getCadence() { return cadence; }
    public void setCadence(Cadence cadence) { this.cadence = cadence; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Set<Person> getMembers() {
        return memberships.stream().map(GroupMember::person).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** The members from now on: rows of people who stay are kept, the others removed, new people added. */
    public void setMembers(Set<Person> members) {
        Set<Long> wanted = ids(members, Person::getId);
        memberships.removeIf(m -> !wanted.contains(m.person().getId()));
        Set<Long> present = ids(memberships, m -> m.person().getId());
        members.stream().filter(p -> !present.contains(p.getId())).forEach(p -> memberships.add(new GroupMember(this, p)));
    }

    public Set<Organisation> getOrganisations() {
        return organisationRows.stream().map(GroupOrganisation::organisation).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    public void setOrganisations(Set<Organisation> organisations) {
        Set<Long> wanted = ids(organisations, Organisation::getId);
        organisationRows.removeIf(o -> !wanted.contains(o.organisation().getId()));
        Set<Long> present = ids(organisationRows, o -> o.organisation().getId());
        organisations.stream().filter(o -> !present.contains(o.getId())).forEach(o -> organisationRows.add(new GroupOrganisation(this, o)));
    }

    private static <T> Set<Long> ids(java.util.Collection<T> rows, java.util.function.Function<T, Long> id) {
        return rows.stream().map(id).collect(java.util.stream.Collectors.toSet());
    }
}
