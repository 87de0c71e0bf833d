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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
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

    // small sets (tens of people), always shown with the group: loaded with it
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "group_person", joinColumns = @JoinColumn(name = "group_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "group_organisation", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new LinkedHashSet<>();




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
    public Set<Person> getMembers() { return Set.copyOf(members); }
    public void setMembers(Set<Person> members) { this.members = new LinkedHashSet<>(members); }
    public Set<Organisation> getOrganisations() { return Set.copyOf(organisations); }
    public void setOrganisations(Set<Organisation> organisations) { this.organisations = new LinkedHashSet<>(organisations); }
}
