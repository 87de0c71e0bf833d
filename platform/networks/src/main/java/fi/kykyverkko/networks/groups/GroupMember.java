package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.networks.people.Person;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A person's membership of a group, a row of {@code group_person}. An entity of its own rather than a many-to-many
 * join table: EclipseLink's table-per-tenant sessions share a join table mapping, whose schema the newest session sets,
 * so a join table could be written in another region's schema (kernel README, "Rules that keep tenants apart"). An
 * entity's table is the region's like every other.
 */
@Entity
@Table(name = "group_person")
@IdClass(GroupMember.Key.class)
public class GroupMember extends TenantRow {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private NetworkGroup group;

    @Id
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    private Person person;

    protected GroupMember() {
        // JPA
    }

    GroupMember(NetworkGroup group, Person person) {
        this.group = Objects.requireNonNull(group);
        this.person = Objects.requireNonNull(person);
    }

    public Person person() {
        return person;
    }

    /** The key: the group's and the person's ids. */
    public static class Key implements Serializable {
        public Long group;
        public Long person;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(group, k.group) && Objects.equals(person, k.person);
        }

        @Override
        public int hashCode() {
            return Objects.hash(group, person);
        }
    }
}
