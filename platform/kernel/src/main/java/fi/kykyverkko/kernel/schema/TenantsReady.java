package fi.kykyverkko.kernel.schema;

/**
 * Fired once per start, after every tenant schema is migrated and before the portal reports ready: the moment
 * for modules to prepare data that needs every tenant's tables (e.g. demo data on an existing installation).
 * Observers run synchronously and must not throw.
 */
public record TenantsReady(int tenants) {
}
