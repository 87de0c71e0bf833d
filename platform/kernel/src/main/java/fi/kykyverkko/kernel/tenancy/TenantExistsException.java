package fi.kykyverkko.kernel.tenancy;

/** A tenant with this id exists already. */
public class TenantExistsException extends Exception {

    public TenantExistsException(TenantId id) {
        super("Tenant '" + id + "' exists already");
    }
}
