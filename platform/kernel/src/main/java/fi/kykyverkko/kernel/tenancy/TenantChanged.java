package fi.kykyverkko.kernel.tenancy;

/** CDI event: a tenant was created or its definition changed (committed). Identity sync listens to it. */
public record TenantChanged(TenantId tenant) {
}
