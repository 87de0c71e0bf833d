package fi.kykyverkko.surveys.reminders;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.surveys.survey.Reminders;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The step of the {@code survey-reminders} job: every region's due reminders, one region's failure not stopping the rest. */
@Named
public class SurveyReminderBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(SurveyReminderBatchlet.class.getName());

    @Inject
    TenantRegistry registry;

    @Inject
    Reminders reminders;

    @Override
    public String process() {
        int sent = 0;
        int failed = 0;
        for (Tenant region : registry.all()) {
            try {
                sent += reminders.sendDueNow(region.tenantId());
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Survey reminders of " + region.tenantId() + " failed", e);
            }
        }
        int total = sent;
        LOG.info(() -> "Survey reminders queued: " + total);
        return failed == 0 ? "SENT " + sent : "SENT " + sent + ", FAILED REGIONS " + failed;
    }
}
