package fi.kykyverkko.kernel.tenancy;

/** Thrown for a tenant id that is not in the registry; the message names only the id asked for. */
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(TenantId id) {
        super("No such tenant: " + id);
    }
}
