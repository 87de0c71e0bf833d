package fi.kykyverkko.kernel.domain;

import fi.kykyverkko.kernel.tenancy.TenantData;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantTableDiscriminator;
import org.eclipse.persistence.annotations.TenantTableDiscriminatorType;

/**
 * A row in a tenant's own schema: the tenancy rule of the kernel README written once. Every tenant entity
 * extends this (directly, or through {@link Stamped}), so it is reachable only through {@link TenantData}
 * ({@code @Multitenant TABLE_PER_TENANT} with the schema as discriminator, inherited by the entities).
 */
@MappedSuperclass
@Multitenant(MultitenantType.TABLE_PER_TENANT)
@TenantTableDiscriminator(type = TenantTableDiscriminatorType.SCHEMA, contextProperty = TenantData.TENANT_PROPERTY)
public abstract class TenantRow {
}
