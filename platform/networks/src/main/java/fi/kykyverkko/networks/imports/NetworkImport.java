package fi.kykyverkko.networks.imports;

import fi.kykyverkko.kernel.domain.Coded;
import fi.kykyverkko.kernel.domain.imports.CsvImport;
import fi.kykyverkko.kernel.domain.imports.ImportFormat;
import fi.kykyverkko.kernel.domain.imports.ImportReport;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.NetworkAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Imports organisations, people or services ({@link ImportFormats}) through the kernel's import engine
 * ({@link CsvImport}: whole-file problems import nothing, good rows saved, bad rows listed, codes update, formula
 * cells refused). Only staff import. All rows are written in one transaction: a failure of the database itself
 * keeps nothing.
 */
@ApplicationScoped
public class NetworkImport {

    private static final Logger LOG = Logger.getLogger(NetworkImport.class.getName());

    @Inject
    TenantData data;

    public <T extends Coded> ImportReport run(TenantId tenant, PortalUser actor, ImportFormat<T> format, byte[] file) {
        NetworkAccess.require(NetworkAccess.canEditAll(actor, tenant));
        return runUnchecked(tenant, actor.username(), format, file);
    }

    /** For the demo data loader, which acts as the system rather than a person. */
    public <T extends Coded> ImportReport runAsSystem(TenantId tenant, ImportFormat<T> format, byte[] file) {
        return runUnchecked(tenant, "system", format, file);
    }

    private <T extends Coded> ImportReport runUnchecked(TenantId tenant, String actor, ImportFormat<T> format, byte[] file) {
        CsvImport.Parsed parsed = CsvImport.parse(format, file);
        ImportReport report = parsed.rejected() ? parsed.report(format, 0, 0)
                : data.call(tenant, em -> CsvImport.run(em, actor, format, file));
        LOG.info(() -> "Import of " + format.id() + " into " + tenant + " by " + actor + ": " + report.created() + " created, "
                + report.updated() + " updated, " + report.problems().size() + " problems");
        return report;
    }
}
