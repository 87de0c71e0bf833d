package fi.kykyverkko.kernel.tenancy;

import jakarta.persistence.CollectionTable;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.domain.MultilingualText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A region in the platform registry. Its data live in its own schema, never here. */
@Entity
@Table(name = "tenant", schema = "platform")
public class Tenant {

    @Id
    private String id;

    @Column(name = "schema_name", nullable = false, unique = true)
    private String schemaName;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "name_fi", nullable = false))
    @AttributeOverride(name = "sv", column = @Column(name = "name_sv", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    private MultilingualText name;

    @Column(nullable = false)
    private String organisation;

    @Column(nullable = false)
    private String theme;

    @Column(name = "definition_hash", nullable = false)
    private String definitionHash;

    @Column(name = "defined_by", nullable = false)
    private String definedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_municipality", schema = "platform", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> municipalities = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_module", schema = "platform", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "module_id")
    private Set<String> modules = new TreeSet<>();

    protected Tenant() {
        // for JPA
    }

    Tenant(TenantDefinition definition, String hash, String definedBy, Instant now) {
        this.id = definition.id().value();
        this.schemaName = definition.id().schema();
        this.createdAt = now;
        redefine(definition, hash, definedBy, now);
    }

    /** Takes over everything a (changed) definition says. */
    void redefine(TenantDefinition definition, String hash, String definedBy, Instant now) {
        if (!definition.id().value().equals(id)) {
            throw new IllegalArgumentException("definition of " + definition.id() + " applied to tenant " + id);
        }
        this.name = MultilingualText.of(definition.names().fi(), definition.names().sv(), definition.names().en());
        this.organisation = definition.organisation();
        this.theme = definition.theme();
        this.municipalities.clear();
        this.municipalities.addAll(definition.municipalities());
        this.modules.clear();
        this.modules.addAll(definition.modules());
        this.definitionHash = hash;
        this.definedBy = definedBy;
        this.updatedAt = now;
    }

    /** Sets the optional modules the tenant has on (administration UI). */
    void enableOnly(Set<String> moduleIds, Instant now) {
        this.modules.clear();
        this.modules.addAll(moduleIds);
        this.updatedAt = now;
    }

    public TenantId tenantId() {
        return TenantId.of(id);
    }

    public String schemaName() {
        return schemaName;
    }

    public LocalizedText names() {
        return name.localized();
    }

    public String organisation() {
        return organisation;
    }

    public String theme() {
        return theme;
    }

    public List<String> municipalities() {
        return List.copyOf(municipalities);
    }

    /** Optional modules the tenant has on; core modules are always on and not listed. */
    public Set<String> modules() {
        return Set.copyOf(modules);
    }

    public String definitionHash() {
        return definitionHash;
    }

    public String definedBy() {
        return definedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
