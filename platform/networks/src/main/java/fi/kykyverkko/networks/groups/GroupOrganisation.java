package fi.kykyverkko.networks.groups;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.networks.organisations.Organisation;
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
 * An organisation's part in a group, a row of {@code group_organisation}. An entity of its own rather than a many-to-many
 * join table: EclipseLink's table-per-tenant sessions share a join table mapping, whose schema the newest session sets,
 * so a join table could be written in another region's schema (kernel README, "Rules that keep tenants apart"). An
 * entity's table is the region's like every other.
 */
@Entity
@Table(name = "group_organisation")
@IdClass(GroupOrganisation.Key.class)
public class GroupOrganisation extends TenantRow {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private NetworkGroup group;

    @Id
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    protected GroupOrganisation() {
        // JPA
    }

    GroupOrganisation(NetworkGroup group, Organisation organisation) {
        this.group = Objects.requireNonNull(group);
        this.organisation = Objects.requireNonNull(organisation);
    }

    public Organisation organisation() {
        return organisation;
    }

    /** The key: the group's and the organisation's ids. */
    public static class Key implements Serializable {
        public Long group;
        public Long organisation;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(group, k.group) && Objects.equals(organisation, k.organisation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(group, organisation);
        }
    }
}
