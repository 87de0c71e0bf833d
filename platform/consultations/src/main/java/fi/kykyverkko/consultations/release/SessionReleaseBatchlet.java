package fi.kykyverkko.consultations.release;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The step of the {@code consultation-release} job: every region's sessions past their deadline, one region's failure not stopping the rest. */
@Named
public class SessionReleaseBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(SessionReleaseBatchlet.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    SessionRelease release;

    @Override
    public String process() {
        int released = 0;
        int reminded = 0;
        int failed = 0;
        for (Tenant region : registry.all()) {
            try {
                SessionRelease.Outcome outcome = release.runDue(region.tenantId());
                released += outcome.released();
                reminded += outcome.reminded();
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Consultation release of " + region.tenantId() + " failed", e);
            }
        }
        String summary = "RELEASED " + released + ", REMINDED " + reminded;
        LOG.info(() -> "Consultation sessions: " + summary);
        return failed == 0 ? summary : summary + ", FAILED REGIONS " + failed;
    }
}
